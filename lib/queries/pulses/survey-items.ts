import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { surveyItems } from '@/db/schema';
import type { SurveyItemInput } from '@/lib/domain/pulses/survey-item-schemas';

interface ItemText {
  textNl: string;
  textEn: string;
}

/** Adds the question; null when the bank has one with this Dutch text already. */
export async function insertSurveyItem(db: Database, item: SurveyItemInput): Promise<number | null> {
  const [created] = await db
    .insert(surveyItems)
    .values(item)
    .onConflictDoNothing({ target: surveyItems.textNl })
    .returning({ id: surveyItems.id });
  return created?.id ?? null;
}

/** The question's text, its row locked until the transaction ends; null when there is no such question. */
export async function lockItemText(tx: Database, itemId: number): Promise<ItemText | null> {
  const [current] = await tx
    .select({ textNl: surveyItems.textNl, textEn: surveyItems.textEn })
    .from(surveyItems)
    .where(eq(surveyItems.id, itemId))
    .for('update');
  return current ?? null;
}

/** Whether another question than `itemId` has this Dutch text. */
export async function hasNamesakeItem(db: Database, textNl: string, itemId: number): Promise<boolean> {
  const [namesake] = await db
    .select({ id: surveyItems.id })
    .from(surveyItems)
    .where(and(eq(surveyItems.textNl, textNl), ne(surveyItems.id, itemId)));
  return Boolean(namesake);
}

export async function updateItemText(db: Database, itemId: number, text: ItemText): Promise<void> {
  await db.update(surveyItems).set(text).where(eq(surveyItems.id, itemId));
}

/** The question's line and whether it is active, its row locked until the transaction ends; null when there is no such question. */
export async function lockItemState(tx: Database, itemId: number): Promise<{ line: number; active: boolean } | null> {
  const [item] = await tx
    .select({ line: surveyItems.line, active: surveyItems.active })
    .from(surveyItems)
    .where(eq(surveyItems.id, itemId))
    .for('update');
  return item ?? null;
}

/**
 * How many active questions of the line there are besides `itemId`. Locks the line's active
 * questions first, so that two retirements cannot empty a line between them.
 */
export async function countOtherActiveItems(tx: Database, line: number, itemId: number): Promise<number> {
  await tx.execute(sql`select id from survey_items where line = ${line} and active for update`);
  const [others] = await tx
    .select({ value: count() })
    .from(surveyItems)
    .where(and(eq(surveyItems.line, line), eq(surveyItems.active, true), ne(surveyItems.id, itemId)));
  return others?.value ?? 0;
}

export async function retireItem(db: Database, itemId: number, at: Date): Promise<void> {
  await db.update(surveyItems).set({ active: false, retiredAt: at }).where(eq(surveyItems.id, itemId));
}
