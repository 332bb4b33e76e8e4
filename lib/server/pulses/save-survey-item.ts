import 'server-only';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { surveyItems } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import type { SurveyItemInput, SurveyItemTextInput } from '@/lib/domain/pulses/survey-item-schemas';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

const DUPLICATE = () => new ChangeRefused('duplicateItem', 'The bank already has a question with this Dutch text.');

/** Adds a question; the rotation asks it in pulses created from now on. */
export async function createSurveyItem(db: Database, viewer: Viewer, input: SurveyItemInput): Promise<{ itemId: number }> {
  assertPermission(viewer, 'org:manage');
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(surveyItems).values(input).onConflictDoNothing({ target: surveyItems.textNl }).returning({ id: surveyItems.id });
    if (!created) throw DUPLICATE();
    await recordAudit(tx, { actorId: viewer.personId, action: 'survey-item.create', entity: 'survey-item', entityId: created.id, after: input });
    return { itemId: created.id };
  });
}

/** Rewords a question in both languages; its line and the pulses that asked it stay as they are. */
export async function updateSurveyItem(db: Database, viewer: Viewer, input: SurveyItemTextInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ textNl: surveyItems.textNl, textEn: surveyItems.textEn }).from(surveyItems).where(eq(surveyItems.id, input.itemId)).for('update');
    if (!current) throw new AppError('not_found', 'There is no question with this id.');
    const [namesake] = await tx.select({ id: surveyItems.id }).from(surveyItems).where(and(eq(surveyItems.textNl, input.textNl), ne(surveyItems.id, input.itemId)));
    if (namesake) throw DUPLICATE();
    await tx.update(surveyItems).set({ textNl: input.textNl, textEn: input.textEn }).where(eq(surveyItems.id, input.itemId));
    await recordAudit(tx, { actorId: viewer.personId, action: 'survey-item.update', entity: 'survey-item', entityId: input.itemId, before: current, after: { textNl: input.textNl, textEn: input.textEn } });
  });
}

/**
 * Retires a question: later pulses no longer ask it, while its answers and the pulses that asked
 * it are kept. Every line keeps at least one active question.
 */
export async function retireSurveyItem(db: Database, viewer: Viewer, itemId: number, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const [item] = await tx.select({ line: surveyItems.line, active: surveyItems.active }).from(surveyItems).where(eq(surveyItems.id, itemId)).for('update');
    if (!item) throw new AppError('not_found', 'There is no question with this id.');
    if (!item.active) return;
    // Lock the line's active items, so that two retirements cannot empty a line between them.
    await tx.execute(sql`select id from survey_items where line = ${item.line} and active for update`);
    const [others] = await tx.select({ value: count() }).from(surveyItems).where(and(eq(surveyItems.line, item.line), eq(surveyItems.active, true), ne(surveyItems.id, itemId)));
    if ((others?.value ?? 0) === 0) throw new ChangeRefused('lastItemOfLine', 'Every connection line keeps at least one active question.');
    await tx.update(surveyItems).set({ active: false, retiredAt: now }).where(eq(surveyItems.id, itemId));
    await recordAudit(tx, { actorId: viewer.personId, action: 'survey-item.retire', entity: 'survey-item', entityId: itemId, before: { active: true }, after: { active: false, retiredAt: now } });
  });
}
