import type { HeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';
import type { HeatmapRow } from '@/lib/domain/reports/heatmap';
import type { HeatmapTableRow } from './heatmap-table';

type RowFigures = Pick<HeatmapRow, 'cells' | 'connection' | 'comparison'>;

/**
 * A heatmap row's cells in the table's column order (the connection score, then the four lines):
 * its scores, or in the "compared" view its differences from the organisation. The organisation's
 * own row has none and keeps its scores.
 */
export function heatmapRowCells(row: RowFigures, mode: HeatmapMode, href?: string): HeatmapTableRow['cells'] {
  const organisation = mode === 'compared' ? row.comparison.organisation : null;
  return [
    { value: row.connection, href, compared: organisation?.connection },
    ...row.cells.map((cell, index) => ({ value: cell, href, compared: organisation?.lines[index] })),
  ];
}
