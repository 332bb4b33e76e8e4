import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { OrgHeatmapRow } from './expand-heatmap';

export interface HeatmapViewForExport {
  period: PeriodKind;
  at: string | null;
  rows: readonly OrgHeatmapRow[];
}

const LINE_COLUMNS = CONNECTION_LINES.flatMap((line) => [
  `line_${line}_score`,
  `line_${line}_change`,
  `line_${line}_evidence`,
  `line_${line}_significant`,
]);
export const HEATMAP_VIEW_COLUMNS = [
  'depth',
  'kind',
  'id',
  'name',
  'period_kind',
  'period',
  ...LINE_COLUMNS,
  'participation',
  'suppressed',
  'hidden_reason',
  'held_back',
];

/**
 * A heatmap exactly as the page shows it — its rows, expansions and order, each line's score,
 * change and the evidence for it (`clear`, `likely` or empty), participation — one row per heatmap
 * row. A suppressed cell stays empty: no score, no change, nothing to work back from, only why
 * (`too-few`, `protecting`, `pending`); `held_back` marks a shown figure that leaves some answers out. A byte order mark lets spreadsheets read the names' accents.
 */
export function heatmapViewCsv(view: HeatmapViewForExport): string {
  const rows = view.rows.map((row) => [
    row.depth,
    row.kind,
    row.id,
    row.name,
    view.period,
    view.at,
    ...row.cells.flatMap((cell) =>
      cell.suppressed ? [null, null, null, null] : [cell.score, cell.change, cell.evidence, cell.significant],
    ),
    row.participation,
    row.cells.every((cell) => cell.suppressed),
    row.cells[0]?.hidden ?? null,
    row.cells.some((cell) => cell.heldBack),
  ]);
  return stringifyCsv(rows, { columns: HEATMAP_VIEW_COLUMNS, bom: true });
}
