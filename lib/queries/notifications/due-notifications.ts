import { and, eq, gt, inArray, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { inChunks } from '@/db/in-chunks';
import { people, pulseNotifications, pulses, responses, teamMemberships } from '@/db/schema';

export type NotificationKind = 'invitation' | 'reminder';

/** The pulses open at `now`. */
export function listOpenPulses(db: Database, now: Date): Promise<{ id: number; opensAt: Date; closesAt: Date }[]> {
  return db
    .select({ id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
}

/**
 * Claims the e-mail of this kind for everyone active who was in a team on the day the pulse
 * opened (a reminder only for those who have not answered) and was not claimed for before, and
 * returns who was claimed for: a claim is stored once, so concurrent runs never claim one twice.
 */
export async function claimNotifications(
  db: Database,
  pulse: { id: number; opensAt: Date },
  kind: NotificationKind,
): Promise<number[]> {
  const day = pulse.opensAt.toISOString().slice(0, 10);
  const invited = db
    .select({ personId: teamMemberships.personId })
    .from(teamMemberships)
    .where(
      and(
        lte(teamMemberships.validFrom, day),
        or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, sql`${day}::date`)),
      ),
    );
  const answered = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.pulseId, pulse.id), eq(responses.personId, people.id)));
  const claimed = await db
    .insert(pulseNotifications)
    .select(
      db
        .select({
          pulseId: sql<number>`${pulse.id}`.as('pulse_id'),
          personId: people.id,
          kind: sql<NotificationKind>`${kind}::notification_kind`.as('kind'),
          sentAt: sql<Date>`now()`.as('sent_at'),
        })
        .from(people)
        .where(
          and(
            eq(people.active, true),
            sql`${people.id} in ${invited}`,
            kind === 'reminder' ? notExists(answered) : undefined,
          ),
        ),
    )
    .onConflictDoNothing()
    .returning({ personId: pulseNotifications.personId });
  return claimed.map((row) => row.personId);
}

/** Whom to write to, and in which language; null when the person is gone. */
export async function findRecipient(
  db: Database,
  personId: number,
): Promise<{ email: string; name: string; locale: 'nl' | 'en' } | null> {
  const [person] = await db
    .select({ email: people.email, name: people.name, locale: people.locale })
    .from(people)
    .where(eq(people.id, personId));
  return person ?? null;
}

/** Gives back a claim whose e-mail could not be sent, so that a later run or press sends it. */
export async function releaseNotification(
  db: Database,
  claim: { pulseId: number; personId: number; kind: NotificationKind },
): Promise<void> {
  await db
    .delete(pulseNotifications)
    .where(
      and(
        eq(pulseNotifications.pulseId, claim.pulseId),
        eq(pulseNotifications.personId, claim.personId),
        eq(pulseNotifications.kind, claim.kind),
      ),
    );
}

/** The language of each of these people, to write their messages in. */
export async function readLocales(db: Database, personIds: number[]): Promise<Map<number, 'nl' | 'en'>> {
  const locales = new Map<number, 'nl' | 'en'>();
  await inChunks(personIds, async (chunk) => {
    const rows = await db
      .select({ id: people.id, locale: people.locale })
      .from(people)
      .where(inArray(people.id, chunk));
    for (const row of rows) locales.set(row.id, row.locale);
  });
  return locales;
}
