import type { Database } from '@/db/client';
import { loadAlertSettings } from '@/lib/queries/alerts/alert-preferences';
import { claimDigests } from '@/lib/queries/alerts/claim-digests';
import { generateAlerts } from '@/lib/queries/alerts/generate-alerts';
import type { Mailer } from '@/lib/server/notifications/mailer';
import { digestMail } from './digest-mail';

/**
 * The periodic job's alert step: alerts what was published and not alerted yet, then sends each
 * person one digest of their alerts no digest has taken, of the kinds they chose, when they chose
 * e-mails and HR lets leaders get them. Nothing new, no e-mail. A job without a viewer: its caller
 * hands it the database. Returns how many digests were sent.
 */
export async function sendAlertDigests(db: Database, mailer: Mailer, appUrl: string): Promise<number> {
  await generateAlerts(db);
  const { leaderEmails } = await loadAlertSettings(db);
  const recipients = await claimDigests(db);
  if (!leaderEmails) return 0;
  for (const recipient of recipients) await mailer.send(await digestMail(recipient, appUrl));
  return recipients.length;
}
