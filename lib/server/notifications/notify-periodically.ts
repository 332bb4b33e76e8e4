import { getDb } from '@/db';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { sendConversationMails } from '@/lib/server/conversations/send-conversation-mails';
import { createMailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

/** Lets the server send due invitations, reminders and conversation e-mails itself, every `minutes`; several servers never send one twice. */
export function notifyPeriodically(minutes: number): void {
  const mailer = createMailer();
  const run = async () => {
    try {
      const appUrl = process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
      await sendDueNotifications(await getDb(), mailer, appUrl);
      await sendConversationMails(await getDb(), mailer, appUrl);
    } catch (error) {
      console.error(`Sending pulse e-mails failed; the next run tries again. ${describeMailError(error)}`);
    }
  };
  setInterval(() => void run(), minutes * 60_000).unref();
  void run();
}
