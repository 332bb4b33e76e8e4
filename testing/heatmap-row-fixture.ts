import type { HeatmapRow } from '@/lib/domain/reports/heatmap';

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
    cells: ([1, 2, 3, 4] as const).map((line) => {
      const score = scores[line - 1] ?? null;
      return {
        line,
        n: score === null ? null : 10,
        score,
        favourable: score,
        ciLow: score,
        ciHigh: score,
        change: null,
        evidence: null,
        significant: false,
        suppressed: score === null,
        hidden: score === null ? ('too-few' as const) : null,
        heldBack: false,
      };
    }),
  };
}
