import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import type { SurveyItemInput, SurveyItemTextInput } from '@/lib/domain/pulses/survey-item-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import {
  countOtherActiveItems,
  hasNamesakeItem,
  insertSurveyItem,
  lockItemState,
  lockItemText,
  retireItem,
  updateItemText,
} from '@/lib/queries/pulses/survey-items';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

const DUPLICATE = () => new ChangeRefused('duplicateItem', 'The bank already has a question with this Dutch text.');

/** Adds a question; the rotation asks it in pulses created from now on. */
export async function createSurveyItem(viewer: Viewer, input: SurveyItemInput): Promise<{ itemId: number }> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const itemId = await insertSurveyItem(tx, input);
    if (itemId === null) throw DUPLICATE();
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'survey-item.create',
      entity: 'survey-item',
      entityId: itemId,
      after: input,
    });
    return { itemId };
  });
}

/** Rewords a question in both languages; its line and the pulses that asked it stay as they are. */
export async function updateSurveyItem(viewer: Viewer, input: SurveyItemTextInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await lockItemText(tx, input.itemId);
    if (!current) throw new AppError('not_found', 'There is no question with this id.');
    if (await hasNamesakeItem(tx, input.textNl, input.itemId)) throw DUPLICATE();
    const text = { textNl: input.textNl, textEn: input.textEn };
    await updateItemText(tx, input.itemId, text);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'survey-item.update',
      entity: 'survey-item',
      entityId: input.itemId,
      before: current,
      after: text,
    });
  });
}

/**
 * Retires a question: later pulses no longer ask it, while its answers and the pulses that asked
 * it are kept. Every line keeps at least one active question.
 */
export async function retireSurveyItem(viewer: Viewer, itemId: number, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const item = await lockItemState(tx, itemId);
    if (!item) throw new AppError('not_found', 'There is no question with this id.');
    if (!item.active) return;
    if ((await countOtherActiveItems(tx, item.line, itemId)) === 0)
      throw new ChangeRefused('lastItemOfLine', 'Every connection line keeps at least one active question.');
    await retireItem(tx, itemId, now);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'survey-item.retire',
      entity: 'survey-item',
      entityId: itemId,
      before: { active: true },
      after: { active: false, retiredAt: now },
    });
  });
}
