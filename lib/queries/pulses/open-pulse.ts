import { and, asc, eq, gt, lte, notExists } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, responses, surveyItems } from '@/db/schema';

/** The pulse open at `now` that closes first, or null. */
export async function findOpenPulse(db: Database, now: Date) {
  const [open] = await db
    .select()
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)))
    .orderBy(asc(pulses.closesAt))
    .limit(1);
  return open ?? null;
}

/** When the next pulse already created opens, or null. */
export async function nextCreatedOpening(db: Database, now: Date): Promise<Date | null> {
  const [upcoming] = await db
    .select({ opensAt: pulses.opensAt })
    .from(pulses)
    .where(gt(pulses.opensAt, now))
    .orderBy(asc(pulses.opensAt))
    .limit(1);
  return upcoming?.opensAt ?? null;
}

/** A pulse's questions in the order asked, in both languages. */
export function pulseQuestions(db: Database, pulseId: number) {
  return db
    .select({ id: surveyItems.id, line: surveyItems.line, textNl: surveyItems.textNl, textEn: surveyItems.textEn })
    .from(pulseItems)
    .innerJoin(surveyItems, eq(surveyItems.id, pulseItems.itemId))
    .where(eq(pulseItems.pulseId, pulseId))
    .orderBy(asc(pulseItems.position));
}

/** Whether a pulse is open at `now` that the person has not answered. */
export async function openPulseUnansweredBy(db: Database, personId: number, now: Date): Promise<boolean> {
  const answered = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.pulseId, pulses.id), eq(responses.personId, personId)));
  const [open] = await db
    .select({ id: pulses.id })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now), notExists(answered)))
    .limit(1);
  return open !== undefined;
}
