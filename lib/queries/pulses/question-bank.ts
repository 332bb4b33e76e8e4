import { asc, count, desc, eq, max } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, surveyItems } from '@/db/schema';

/** Every question in the bank, by line, the active first. */
export function listSurveyItems(db: Database) {
  return db.select().from(surveyItems).orderBy(asc(surveyItems.line), desc(surveyItems.active), asc(surveyItems.id));
}

/** How many pulses asked each question, and when the latest of them opened; a question never asked is absent. */
export function countItemUsage(
  db: Database,
): Promise<{ itemId: number; pulseCount: number; lastAskedAt: Date | null }[]> {
  return db
    .select({ itemId: pulseItems.itemId, pulseCount: count(), lastAskedAt: max(pulses.opensAt) })
    .from(pulseItems)
    .innerJoin(pulses, eq(pulses.id, pulseItems.pulseId))
    .groupBy(pulseItems.itemId);
}

export async function findSurveyItem(db: Database, itemId: number) {
  const [item] = await db.select().from(surveyItems).where(eq(surveyItems.id, itemId));
  return item ?? null;
}

/** Every pulse that asked the question, newest first, with the question's place in it. */
export function listPulsesAsking(
  db: Database,
  itemId: number,
): Promise<{ id: number; opensAt: Date; closesAt: Date; position: number }[]> {
  return db
    .select({ id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt, position: pulseItems.position })
    .from(pulseItems)
    .innerJoin(pulses, eq(pulses.id, pulseItems.pulseId))
    .where(eq(pulseItems.itemId, itemId))
    .orderBy(desc(pulses.opensAt));
}
