import { getDb } from '@/db';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { createChatSenders } from '@/lib/server/chat/chat-senders';
import { appUrl } from './app-url';
import { createMailer } from './mailer';
import { sendDueMail } from './send-due-mail';

/** Lets the server run the periodic job itself (lib/server/notifications/send-due-mail.ts), every `minutes`; several servers never send one twice. */
export function notifyPeriodically(minutes: number): void {
  const mailer = createMailer();
  const senders = createChatSenders();
  const run = async () => {
    try {
      await sendDueMail(await getDb(), mailer, appUrl(), new Date(), senders);
    } catch (error) {
      console.error(`Sending pulse e-mails failed; the next run tries again. ${describeMailError(error)}`);
    }
  };
  setInterval(() => void run(), minutes * 60_000).unref();
  void run();
}
