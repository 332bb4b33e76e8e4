import type { HeatmapRow } from '@/lib/domain/reports/heatmap';
import { type HeatmapSort, sortHeatmapRows } from './sort-heatmap-rows';

export interface OrgHeatmapRow extends HeatmapRow {
  /** 0 for the rows directly below the unit, 1 for the rows of an expanded department, and so on. */
  depth: number;
  /** For a department with anything below it: whether its rows are shown; null for a team or an empty department. */
  expanded: boolean | null;
}

export interface HeatmapTree {
  /** The heatmap rows of the departments and teams directly below a department. */
  rowsBelow: (departmentId: number) => readonly HeatmapRow[];
  hasRowsBelow: (departmentId: number) => boolean;
}

/**
 * A heatmap's rows with the rows of each expanded department right below it, indented one level
 * deeper; every level sorted on its own, so children stay with their parent.
 */
export function expandHeatmapRows(
  rows: readonly HeatmapRow[],
  tree: HeatmapTree,
  expanded: ReadonlySet<number>,
  sort: HeatmapSort | null,
  depth = 0,
): OrgHeatmapRow[] {
  return sortHeatmapRows(rows, sort).flatMap((row): OrgHeatmapRow[] => {
    if (row.kind === 'team' || !tree.hasRowsBelow(row.id)) return [{ ...row, depth, expanded: null }];
    const open = expanded.has(row.id);
    return [
      { ...row, depth, expanded: open },
      ...(open ? expandHeatmapRows(tree.rowsBelow(row.id), tree, expanded, sort, depth + 1) : []),
    ];
  });
}

/** The expanded departments after opening or closing one. */
export function toggleExpanded(expanded: readonly number[], departmentId: number): number[] {
  return expanded.includes(departmentId) ? expanded.filter((id) => id !== departmentId) : [...expanded, departmentId];
}
