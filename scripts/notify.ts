/**
 * `npm run pulses:notify`: sends the pulse invitations and reminders that are due, and the leaders' alert digests, once. Run it from
 * a scheduler, or set NOTIFY_EVERY_MINUTES to let the server do it itself. It logs counts only.
 */
import { openDatabaseFromEnv } from '@/db/client';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import { createMailer } from '@/lib/server/notifications/mailer';
import { sendDueNotifications } from '@/lib/server/notifications/send-due-notifications';

const handle = openDatabaseFromEnv();
try {
  const [mailer, appUrl] = [createMailer(), process.env.AUTH_URL ?? 'http://localhost:3000'];
  const sent = await sendDueNotifications(handle.db, mailer, appUrl);
  const digests = await sendAlertDigests(handle.db, mailer, appUrl);
  console.log(`Sent ${sent.invitations} invitations, ${sent.reminders} reminders and ${digests} alert digests.`);
} catch (error) {
  console.error(`Sending pulse e-mails failed. ${describeMailError(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
