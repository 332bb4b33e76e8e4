import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { countItemUsage, findSurveyItem, listPulsesAsking, listSurveyItems } from '@/lib/queries/pulses/question-bank';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface BankItem {
  id: number;
  /** Checked by the database: always 1 to 4. */
  line: ConnectionLine;
  textNl: string;
  textEn: string;
  active: boolean;
  retiredAt: Date | null;
  /** How many pulses asked it, and when the latest of them opened. */
  pulseCount: number;
  lastAskedAt: Date | null;
}

/** The question bank by line, active items first, with how often each was asked. */
export async function listQuestionBank(viewer: Viewer): Promise<BankItem[]> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [items, usage] = await Promise.all([listSurveyItems(db), countItemUsage(db)]);
  const usageOf = new Map(usage.map((row) => [row.itemId, row]));
  return items.map((item) => ({
    id: item.id,
    line: item.line as ConnectionLine,
    textNl: item.textNl,
    textEn: item.textEn,
    active: item.active,
    retiredAt: item.retiredAt,
    pulseCount: usageOf.get(item.id)?.pulseCount ?? 0,
    lastAskedAt: usageOf.get(item.id)?.lastAskedAt ?? null,
  }));
}

export interface BankItemDetails extends Omit<BankItem, 'pulseCount' | 'lastAskedAt'> {
  /** Every pulse that asked the item, newest first. */
  pulses: { id: number; opensAt: Date; closesAt: Date; position: number }[];
}

export async function getBankItem(viewer: Viewer, itemId: number): Promise<BankItemDetails> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [item, asked] = await Promise.all([findSurveyItem(db, itemId), listPulsesAsking(db, itemId)]);
  if (!item) throw new AppError('not_found', 'There is no question with this id.');
  const { id, line, textNl, textEn, active, retiredAt } = item;
  return { id, line: line as ConnectionLine, textNl, textEn, active, retiredAt, pulses: asked };
}
