import { getDb } from '@/db';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import { createMailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

/** Lets the server send due invitations, reminders and alert digests itself, every `minutes`; several servers never send one twice. */
export function notifyPeriodically(minutes: number): void {
  const mailer = createMailer();
  const run = async () => {
    try {
      const [db, appUrl] = [await getDb(), process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`];
      await sendDueNotifications(db, mailer, appUrl);
      await sendAlertDigests(db, mailer, appUrl);
    } catch (error) {
      console.error(`Sending pulse e-mails failed; the next run tries again. ${describeMailError(error)}`);
    }
  };
  setInterval(() => void run(), minutes * 60_000).unref();
  void run();
}
