import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { comparisonTest } from '@/lib/domain/stats/comparison-test';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';
import type { CellBook, Measure } from './cell-book';
import { flagChanges } from './flag-changes';

/** A group's score minus a larger group's (its department or the organisation) in the same period. */
export interface Difference {
  /** Score points; null unless both cells are shown. */
  difference: number | null;
  /** How strong the evidence for the difference is within the view (lib/domain/reports/flag-changes.ts). */
  evidence: ChangeEvidence | null;
  /** Clear: it passes Benjamini–Hochberg over the view's comparisons. */
  significant: boolean;
}

/** A row's differences from one larger group: per line, and of the connection score. */
export interface RowComparison {
  lines: (Difference & { line: ConnectionLine })[];
  connection: Difference;
}

export interface RowComparisons {
  /** With the department the row's group belongs to; null where it is directly below the organisation. */
  department: RowComparison | null;
  /** With the organisation; null for the organisation itself. */
  organisation: RowComparison | null;
}

export const COMPARED_MEASURES: readonly Measure[] = [...CONNECTION_LINES, 'connection'];
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A unit's differences from a larger unit in one period, and each one's p-value (to be weighed over
 * the view with `flagComparisons`). Only published figures enter: a difference is a function of two
 * shown cells, so it says nothing those two do not; where either is hidden there is none, not even a
 * word, so no comparison stands in for a hidden group.
 */
export function compareUnits(
  book: CellBook,
  unit: UnitKey,
  larger: UnitKey,
  kind: PeriodKind,
  label: string,
): ComparedUnits {
  const pValues: (number | null)[] = [];
  const differenceOf = (measure: Measure): Difference => {
    const [own, other] = [book.cell(unit, kind, label, measure), book.cell(larger, kind, label, measure)];
    if (own.score === null || other.score === null) {
      pValues.push(null);
      return { difference: null, evidence: null, significant: false };
    }
    pValues.push(
      comparisonTest(book.sample(unit, kind, label, measure), book.sample(larger, kind, label, measure))?.p ?? null,
    );
    return { difference: round1(own.score - other.score), evidence: null, significant: false };
  };
  const lines = CONNECTION_LINES.map((line) => ({ line, ...differenceOf(line) }));
  return { comparison: { lines, connection: differenceOf('connection') }, pValues };
}

export interface ComparedUnits {
  comparison: RowComparison;
  pValues: (number | null)[];
}

/** Weighs one view's comparisons together (Benjamini–Hochberg), as its changes are. */
export function flagComparisons(compared: readonly ComparedUnits[]): void {
  flagChanges(
    compared.flatMap(({ comparison }) => [...comparison.lines, comparison.connection]),
    compared.flatMap(({ pValues }) => pValues),
  );
}
