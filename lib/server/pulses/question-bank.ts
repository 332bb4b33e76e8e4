import 'server-only';
import { asc, count, desc, eq, max } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, surveyItems } from '@/db/schema';
import { AppError } from '@/lib/domain/errors';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
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
export async function listQuestionBank(db: Database, viewer: Viewer): Promise<BankItem[]> {
  assertPermission(viewer, 'org:manage');
  const [items, usage] = await Promise.all([
    db.select().from(surveyItems).orderBy(asc(surveyItems.line), desc(surveyItems.active), asc(surveyItems.id)),
    db
      .select({ itemId: pulseItems.itemId, pulseCount: count(), lastAskedAt: max(pulses.opensAt) })
      .from(pulseItems)
      .innerJoin(pulses, eq(pulses.id, pulseItems.pulseId))
      .groupBy(pulseItems.itemId),
  ]);
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

export async function getBankItem(db: Database, viewer: Viewer, itemId: number): Promise<BankItemDetails> {
  assertPermission(viewer, 'org:manage');
  const [[item], asked] = await Promise.all([
    db.select().from(surveyItems).where(eq(surveyItems.id, itemId)),
    db
      .select({ id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt, position: pulseItems.position })
      .from(pulseItems)
      .innerJoin(pulses, eq(pulses.id, pulseItems.pulseId))
      .where(eq(pulseItems.itemId, itemId))
      .orderBy(desc(pulses.opensAt)),
  ]);
  if (!item) throw new AppError('not_found', 'There is no question with this id.');
  const { id, line, textNl, textEn, active, retiredAt } = item;
  return { id, line: line as ConnectionLine, textNl, textEn, active, retiredAt, pulses: asked };
}
