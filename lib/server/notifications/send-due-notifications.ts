import type { Database } from '@/db/client';
import { invitationDueAt, reminderDueAt } from '@/lib/domain/notifications/mail-timing';
import { type NotificationKind, listOpenPulses } from '@/lib/queries/notifications/due-notifications';
import { loadMailTiming } from '@/lib/queries/notifications/load-mail-timing';
import { type ChatSenders, createChatSenders } from '@/lib/server/chat/chat-senders';
import { deliverPulseMessages } from './deliver-pulse-messages';
import type { Mailer } from './mailer';

/**
 * Sends what is due for the pulses open now, at the times HR set (lib/domain/notifications/mail-timing.ts):
 * one invitation to everyone invited, and one reminder to those who have not answered, by e-mail
 * and/or queued for Teams and Slack as HR chose. Each is claimed in `pulse_notifications` first, so
 * concurrent runs never send it twice and nobody reminded by HR's "send now" is reminded again. A
 * job without a viewer: its caller hands it the database (the server's, or the script's own
 * connection). Returns the e-mails sent.
 */
export async function sendDueNotifications(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  now = new Date(),
  senders: ChatSenders = createChatSenders(),
): Promise<{ invitations: number; reminders: number }> {
  const sent = { invitations: 0, reminders: 0 };
  const timing = await loadMailTiming(db);
  for (const pulse of await listOpenPulses(db, now)) {
    const due: NotificationKind[] = [];
    if (invitationDueAt(timing, pulse) <= now) due.push('invitation');
    if (reminderDueAt(timing, pulse) <= now) due.push('reminder');
    for (const kind of due) {
      const delivery = await deliverPulseMessages(db, { mailer, senders, appUrl }, pulse, kind);
      sent[kind === 'invitation' ? 'invitations' : 'reminders'] += delivery.sent;
    }
  }
  return sent;
}
