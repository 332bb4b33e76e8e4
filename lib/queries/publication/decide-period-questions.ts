import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { insertJsonRows } from '@/db/insert-json-rows';
import { publishedCellItems, publishedPeriods } from '@/db/schema';
import type { AtomPatterns, PublicationAtom } from '@/lib/domain/anonymity/atom-patterns';
import { type ShownCell, decideQuestionFigures } from '@/lib/domain/anonymity/decide-question-figures';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { freezeMissingAtomItems, loadAtomItems } from './atom-items-query';

/**
 * Decides and stores the question figures of one period's shown cells (given in the order they were
 * decided), adding the partial ones to `patterns` so that what is decided after respects them, and
 * marks the period's questions decided. `atomsById` as for decidePeriodCells.
 */
export async function decidePeriodQuestions(
  tx: Database,
  period: { kind: PeriodKind; label: string; pulseIds: readonly number[] },
  periodAtoms: readonly PublicationAtom[],
  shown: readonly ShownCell[],
  patterns: AtomPatterns,
  atomsById: ReadonlyMap<string, PublicationAtom>,
): Promise<void> {
  await freezeMissingAtomItems(tx, period.pulseIds);
  const items = await loadAtomItems(tx, period.pulseIds);
  const decisions = decideQuestionFigures(
    { kind: period.kind, label: period.label, atoms: periodAtoms },
    shown,
    patterns,
    atomsById,
    (id) => {
      const ofAtom = items.get(id);
      return ofAtom && [...ofAtom.keys()];
    },
  );
  const rows = decisions.map((decision) => {
    const scoreCounts = [0, 0, 0, 0, 0];
    for (const id of decision.atoms)
      items
        .get(id)!
        .get(decision.itemId)!
        .forEach((count, index) => (scoreCounts[index]! += count));
    return {
      unit: decision.unit,
      period_kind: period.kind,
      period_label: period.label,
      item_id: decision.itemId,
      score_counts: scoreCounts,
      pulses: new Set(decision.atoms.map((id) => atomsById.get(id)!.pulseId)).size,
      partial: decision.partial,
    };
  });
  await insertJsonRows(tx, publishedCellItems, rows);
  await tx.execute(sql`
    update ${publishedPeriods} set questions_decided = true
    where period_kind = ${period.kind} and period_label = ${period.label}`);
}
