import type { HeatmapCell, HeatmapRow } from '@/lib/domain/reports/heatmap';

/** A heatmap row for tests: one score per line (null for a suppressed cell), and participation. */
export function heatmapRow(
  id: number,
  name: string,
  scores: (number | null)[],
  participation: number | null = null,
  kind: HeatmapRow['kind'] = 'department',
): HeatmapRow {
  return {
    id,
    kind,
    name,
    participation,
    cells: ([1, 2, 3, 4] as const).map((line) => ({ line, ...cellOf(scores[line - 1] ?? null) })),
    connection: cellOf(scores.some((score) => score === null) ? null : meanOf(scores as number[])),
    comparison: { department: null, organisation: null },
  };
}

const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function cellOf(score: number | null): HeatmapCell {
  return {
    n: score === null ? null : 10,
    score,
    favourable: score,
    ciLow: score,
    ciHigh: score,
    change: null,
    evidence: null,
    significant: false,
    suppressed: score === null,
    hidden: score === null ? 'too-few' : null,
    heldBack: false,
  };
}
