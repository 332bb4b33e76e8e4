/**
 * `npm run pulses:notify`: sends the pulse invitations and reminders that are due, and the e-mails
 * that conversations on comments owe, once. Run it from
 * a scheduler, or set NOTIFY_EVERY_MINUTES to let the server do it itself. It logs counts only.
 */
import { openDatabaseFromEnv } from '@/db/client';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { sendConversationMails } from '@/lib/server/conversations/send-conversation-mails';
import { createMailer } from '@/lib/server/notifications/mailer';
import { sendDueNotifications } from '@/lib/server/notifications/send-due-notifications';

const handle = openDatabaseFromEnv();
try {
  const mailer = createMailer();
  const appUrl = process.env.AUTH_URL ?? 'http://localhost:3000';
  const sent = await sendDueNotifications(handle.db, mailer, appUrl);
  console.log(`Sent ${sent.invitations} invitations and ${sent.reminders} reminders.`);
  const conversations = await sendConversationMails(handle.db, mailer, appUrl);
  console.log(`Sent ${conversations.author + conversations.leaders} e-mails about conversations on comments.`);
} catch (error) {
  console.error(`Sending pulse e-mails failed. ${describeMailError(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
