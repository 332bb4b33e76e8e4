import { getDb } from '@/db';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { createMailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

/** Lets the server send due invitations and reminders itself, every `minutes`; several servers never send one twice. */
export function notifyPeriodically(minutes: number): void {
  const mailer = createMailer();
  const run = async () => {
    try {
      await sendDueNotifications(
        await getDb(),
        mailer,
        process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
      );
    } catch (error) {
      console.error(`Sending pulse e-mails failed; the next run tries again. ${describeMailError(error)}`);
    }
  };
  setInterval(() => void run(), minutes * 60_000).unref();
  void run();
}
