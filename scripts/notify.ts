/**
 * `npm run pulses:notify`: sends the pulse invitations and reminders that are due, the e-mails owed
 * to comments' authors and the leaders' alert digests, and the Teams and Slack messages due, once. Run it from a scheduler, or set
 * NOTIFY_EVERY_MINUTES to let the server do it itself. It logs counts only.
 */
import { openDatabaseFromEnv } from '@/db/client';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { createMailer } from '@/lib/server/notifications/mailer';
import { sendDueMail } from '@/lib/server/notifications/send-due-mail';

const handle = openDatabaseFromEnv();
try {
  const sent = await sendDueMail(handle.db, createMailer(), process.env.AUTH_URL ?? 'http://localhost:3000');
  console.log(
    `Sent ${sent.invitations} invitations, ${sent.reminders} reminders, ${sent.conversations} conversation e-mails and alerts, and ${sent.digests} alert digests.`,
  );
  for (const [channel, run] of Object.entries(sent.chat)) {
    console.log(`${channel}: ${run.delivered} delivered, ${run.retrying} to try again, ${run.failed} given up.`);
  }
} catch (error) {
  console.error(`Sending pulse e-mails failed. ${describeMailError(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
