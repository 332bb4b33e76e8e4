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
  // After the columns that were there before, so that readers of the old layout keep working.
  'connection_score',
  'connection_change',
  'connection_evidence',
  'connection_significant',
  'connection_vs_department',
  'connection_vs_department_evidence',
  'connection_vs_organisation',
  'connection_vs_organisation_evidence',
];

/**
 * A heatmap exactly as the page shows it — its rows, expansions and order, each line's score,
 * change and the evidence for it (`clear`, `likely` or empty), participation — one row per heatmap
 * row. A suppressed cell stays empty: no score, no change, nothing to work back from, only why
 * (`too-few`, `protecting`, `pending`); `held_back` marks a shown figure that leaves some answers out. Then
 * the connection score alike, and its differences from the department and the organisation (empty
 * where either cell is hidden). A byte order mark lets spreadsheets read the names' accents.
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
    ...(row.connection.suppressed
      ? [null, null, null, null]
      : [row.connection.score, row.connection.change, row.connection.evidence, row.connection.significant]),
    ...[row.comparison.department, row.comparison.organisation].flatMap((comparison) => [
      comparison?.connection.difference ?? null,
      comparison?.connection.evidence ?? null,
    ]),
  ]);
  return stringifyCsv(rows, { columns: HEATMAP_VIEW_COLUMNS, bom: true });
}
