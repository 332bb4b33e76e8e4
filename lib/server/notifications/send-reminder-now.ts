import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { claimNotifications } from '@/lib/queries/notifications/due-notifications';
import { findOpenPulse } from '@/lib/queries/pulses/open-pulse';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { appUrl } from './app-url';
import { deliverClaimed } from './deliver-claimed';
import { type Mailer, createMailer } from './mailer';

export interface ReminderSent {
  /** Reminders that went out now. */
  sent: number;
  /** Reminders that could not be sent: given back for the periodic job, or another press, to send. */
  failed: number;
}

/**
 * HR's "send the reminder now" for the open pulse: one reminder to everyone in it who has not
 * answered and was not reminded yet. It claims the same rows of `pulse_notifications` the periodic
 * reminder claims (one per pulse, person and kind: the primary key), so a second press, two HR
 * people pressing at once, and the periodic job afterwards send nobody a second one. The mails go
 * out within the request, so HR sees at once how many went out; one that fails is given back for
 * the periodic job. Audited with the counts.
 */
export async function sendReminderNow(
  viewer: Viewer,
  pulseId: number,
  mailer: Mailer = createMailer(),
  now = new Date(),
): Promise<ReminderSent> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const pulse = await findOpenPulse(db, now);
  if (pulse?.id !== pulseId)
    throw new ChangeRefused('noOpenPulse', 'This pulse is not open: there is nobody to remind.');
  const claimed = await claimNotifications(db, pulse, 'reminder');
  const delivery = await deliverClaimed(db, mailer, appUrl(), pulse, 'reminder', claimed);
  await recordAudit(db, {
    actorId: viewer.personId,
    action: 'pulse-reminder.send',
    entity: 'pulse',
    entityId: pulse.id,
    after: delivery,
  });
  return delivery;
}
