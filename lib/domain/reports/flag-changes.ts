import { type ChangeEvidence, changeEvidence } from '@/lib/domain/stats/false-discovery';

interface MarkedCell {
  evidence: ChangeEvidence | null;
  significant: boolean;
}

/**
 * Weighs the changes of one view's cells (a trend, a heatmap, an export) together, given each one's
 * p-value (null: no test): "clear" for those that pass Benjamini–Hochberg over all of them, so that
 * the more cells a view shows, the stronger each change must be, and "likely" for those that only
 * pass on their own. Returns the cells, marked in place.
 */
export function flagChanges<T extends MarkedCell>(cells: T[], pValues: readonly (number | null)[]): T[] {
  changeEvidence(pValues).forEach((evidence, index) => {
    cells[index]!.evidence = evidence;
    cells[index]!.significant = evidence === 'clear';
  });
  return cells;
}
