import { and, eq, gt, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, pulseNotifications, pulses, responses, teamMemberships } from '@/db/schema';
import type { Mailer } from './mailer';
import { pulseMail } from './pulse-mail';

/** The one reminder goes out when this little time is left. */
export const REMINDER_HOURS_BEFORE_CLOSE = 48;

/**
 * Sends what is due for the pulses open now: one invitation to everyone invited, and one reminder
 * to those who have not answered once the pulse is about to close. Each e-mail is claimed in
 * `pulse_notifications` before it is sent, so concurrent runs never send it twice.
 */
export async function sendDueNotifications(db: Database, mailer: Mailer, appUrl: string, now = new Date()): Promise<{ invitations: number; reminders: number }> {
  const open = await db.select().from(pulses).where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  const sent = { invitations: 0, reminders: 0 };
  for (const pulse of open) {
    const day = pulse.opensAt.toISOString().slice(0, 10);
    const invited = db
      .select({ personId: teamMemberships.personId })
      .from(teamMemberships)
      .where(and(lte(teamMemberships.validFrom, day), or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, sql`${day}::date`))));
    const remind = pulse.closesAt.getTime() - now.getTime() <= REMINDER_HOURS_BEFORE_CLOSE * 3_600_000;
    for (const kind of remind ? (['invitation', 'reminder'] as const) : (['invitation'] as const)) {
      const answered = db.select({ id: responses.id }).from(responses).where(and(eq(responses.pulseId, pulse.id), eq(responses.personId, people.id)));
      const claimed = await db
        .insert(pulseNotifications)
        .select(
          db
            .select({ pulseId: sql<number>`${pulse.id}`.as('pulse_id'), personId: people.id, kind: sql<typeof kind>`${kind}::notification_kind`.as('kind'), sentAt: sql<Date>`now()`.as('sent_at') })
            .from(people)
            .where(and(eq(people.active, true), sql`${people.id} in ${invited}`, kind === 'reminder' ? notExists(answered) : undefined)),
        )
        .onConflictDoNothing()
        .returning({ personId: pulseNotifications.personId });
      for (const { personId } of claimed) {
        const [person] = await db.select({ email: people.email, name: people.name, locale: people.locale }).from(people).where(eq(people.id, personId));
        if (person) await mailer.send(pulseMail(kind, person, pulse.closesAt, appUrl));
      }
      sent[kind === 'invitation' ? 'invitations' : 'reminders'] += claimed.length;
    }
  }
  return sent;
}
