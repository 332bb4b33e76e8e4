import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { findOpenPulse } from '@/lib/queries/pulses/open-pulse';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { type ChatSenders, createChatSenders } from '@/lib/server/chat/chat-senders';
import { appUrl } from './app-url';
import { type PulseDelivery, deliverPulseMessages } from './deliver-pulse-messages';
import { type Mailer, createMailer } from './mailer';

/** E-mails sent now and those that failed (given back for the periodic job), and chat messages queued. */
export type ReminderSent = PulseDelivery;

/**
 * HR's "send the reminder now" for the open pulse: one reminder to everyone in it who has not
 * answered and was not reminded yet. It claims the same rows of `pulse_notifications` the periodic
 * reminder claims (one per pulse, person and kind: the primary key), so a second press, two HR
 * people pressing at once, and the periodic job afterwards send nobody a second one. The mails go
 * out within the request, so HR sees at once how many went out; one that fails is given back for
 * the periodic job. The reminders for Teams and Slack are queued; the caller starts their delivery
 * (lib/server/chat/deliver-chat-now.ts) once it has answered. Audited with the counts.
 */
export async function sendReminderNow(
  viewer: Viewer,
  pulseId: number,
  mailer: Mailer = createMailer(),
  now = new Date(),
  senders: ChatSenders = createChatSenders(),
): Promise<ReminderSent> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const pulse = await findOpenPulse(db, now);
  if (pulse?.id !== pulseId)
    throw new ChangeRefused('noOpenPulse', 'This pulse is not open: there is nobody to remind.');
  const delivery = await deliverPulseMessages(db, { mailer, senders, appUrl: appUrl() }, pulse, 'reminder');
  await recordAudit(db, {
    actorId: viewer.personId,
    action: 'pulse-reminder.send',
    entity: 'pulse',
    entityId: pulse.id,
    after: delivery,
  });
  return delivery;
}
