import type { HeatmapRow } from '@/lib/domain/reports/heatmap';

/** What a heatmap can be sorted by: its rows' names, one of the four lines, the connection score, or participation. */
export const HEATMAP_SORT_KEYS = [
  'name',
  'line-1',
  'line-2',
  'line-3',
  'line-4',
  'participation',
  'connection',
] as const;
export type HeatmapSortKey = (typeof HEATMAP_SORT_KEYS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface HeatmapSort {
  key: HeatmapSortKey;
  order: SortOrder;
}

const byName = (a: HeatmapRow, b: HeatmapRow) => a.name.localeCompare(b.name, 'nl');

/** The number a row is sorted by; null where nothing is shown. */
function sortValue(row: HeatmapRow, key: Exclude<HeatmapSortKey, 'name'>): number | null {
  if (key === 'participation') return row.participation;
  if (key === 'connection') return row.connection.suppressed ? null : row.connection.score;
  const cell = row.cells.find((entry) => `line-${entry.line}` === key);
  return cell && !cell.suppressed ? cell.score : null;
}

/**
 * The rows in the order asked, ties by name. Suppressed cells sort last whichever the direction,
 * so a hidden team never lands where its position would hint at its score. No sort keeps the order given.
 */
export function sortHeatmapRows<Row extends HeatmapRow>(rows: readonly Row[], sort: HeatmapSort | null): Row[] {
  if (!sort) return [...rows];
  const direction = sort.order === 'asc' ? 1 : -1;
  const { key } = sort;
  if (key === 'name') return [...rows].sort((a, b) => direction * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}

/** The sort a column header leads to: ascending first, then the other way round. */
export function nextSort(current: HeatmapSort | null, key: HeatmapSortKey): HeatmapSort {
  return { key, order: current?.key === key && current.order === 'asc' ? 'desc' : 'asc' };
}
