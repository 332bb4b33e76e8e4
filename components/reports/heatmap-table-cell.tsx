import type { Difference } from '@/lib/domain/reports/comparisons';
import { DifferenceCell } from './difference-cell';
import { HeatmapCell, type HeatmapCellValue } from './heatmap-cell';

export interface HeatmapTableCellValue {
  value: HeatmapCellValue;
  href?: string;
  /** In the "compared with the organisation" view: the difference, shown instead of the score. */
  compared?: Difference;
}

/** A heatmap table's cell: the score, or in the compared view the difference from the organisation. */
export function HeatmapTableCell({ cell, minGroupSize }: { cell: HeatmapTableCellValue; minGroupSize: number }) {
  return cell.compared ? (
    <DifferenceCell difference={cell.compared} href={cell.href} />
  ) : (
    <HeatmapCell value={cell.value} href={cell.href} minGroupSize={minGroupSize} />
  );
}
