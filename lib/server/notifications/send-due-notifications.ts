import type { Database } from '@/db/client';
import { claimNotifications, findRecipient, listOpenPulses } from '@/lib/queries/notifications/due-notifications';
import type { Mailer } from './mailer';
import { pulseMail } from './pulse-mail';

/** The one reminder goes out when this little time is left. */
export const REMINDER_HOURS_BEFORE_CLOSE = 48;

/**
 * Sends what is due for the pulses open now: one invitation to everyone invited, and one reminder
 * to those who have not answered once the pulse is about to close. Each e-mail is claimed in
 * `pulse_notifications` before it is sent, so concurrent runs never send it twice. A job without a
 * viewer: its caller hands it the database (the server's, or the script's own connection).
 */
export async function sendDueNotifications(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  now = new Date(),
): Promise<{ invitations: number; reminders: number }> {
  const sent = { invitations: 0, reminders: 0 };
  for (const pulse of await listOpenPulses(db, now)) {
    const remind = pulse.closesAt.getTime() - now.getTime() <= REMINDER_HOURS_BEFORE_CLOSE * 3_600_000;
    for (const kind of remind ? (['invitation', 'reminder'] as const) : (['invitation'] as const)) {
      const claimed = await claimNotifications(db, pulse, kind);
      for (const personId of claimed) {
        const person = await findRecipient(db, personId);
        if (person) await mailer.send(pulseMail(kind, person, pulse.closesAt, appUrl));
      }
      sent[kind === 'invitation' ? 'invitations' : 'reminders'] += claimed.length;
    }
  }
  return sent;
}
