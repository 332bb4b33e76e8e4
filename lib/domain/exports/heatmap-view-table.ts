import type { HeatmapViewForExport } from '@/lib/domain/heatmap-views/heatmap-view-csv';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { ExportTable } from './export-table';
import { type ExportWords, evidenceWord, hiddenWord, yesNo } from './export-words';

const perLine = (name: string, { columns }: ExportWords) => [
  `${name} – ${columns.score}`,
  `${name} – ${columns.change}`,
  `${name} – ${columns.evidence}`,
  `${name} – ${columns.significant}`,
];

/**
 * A heatmap as the page shows it, for people: one row per heatmap row in the order shown, the line
 * names as headers in their language, numbers as numbers, every word translated. A hidden cell stays
 * empty and says why; the same figures as the CSV of the same view and the API.
 */
export function heatmapViewTable(view: HeatmapViewForExport, words: ExportWords): ExportTable {
  const { columns } = words;
  const header = [
    columns.depth,
    columns.kind,
    columns.id,
    columns.name,
    columns.periodKind,
    columns.period,
    ...CONNECTION_LINES.flatMap((line) => perLine(words.lineNames[line], words)),
    columns.participation,
    columns.suppressed,
    columns.hiddenReason,
    columns.heldBack,
    ...perLine(columns.connection, words),
    `${columns.connection} – ${columns.vsDepartment}`,
    `${columns.connection} – ${columns.vsDepartment} – ${columns.vsEvidence}`,
    `${columns.connection} – ${columns.vsOrganisation}`,
    `${columns.connection} – ${columns.vsOrganisation} – ${columns.vsEvidence}`,
  ];
  const figures = (cell: { suppressed: boolean } & Parameters<typeof shownFigures>[0]) =>
    cell.suppressed ? [null, null, null, null] : shownFigures(cell, words);
  const rows = view.rows.map((row) => [
    row.depth,
    words.kinds[row.kind],
    row.id,
    row.name,
    words.periodKinds[view.period],
    view.at,
    ...row.cells.flatMap(figures),
    row.participation,
    yesNo(
      words,
      row.cells.every((cell) => cell.suppressed),
    ),
    hiddenWord(words, row.cells[0]?.hidden ?? null),
    yesNo(
      words,
      row.cells.some((cell) => cell.heldBack),
    ),
    ...figures(row.connection),
    ...[row.comparison.department, row.comparison.organisation].flatMap((comparison) => [
      comparison?.connection.difference ?? null,
      evidenceWord(words, comparison?.connection.evidence ?? null),
    ]),
  ]);
  const widths = header.map((_, index) => (index === 3 ? 28 : 14));
  return { name: words.sheets.heatmap, columns: header, rows, widths };
}

function shownFigures(
  cell: { score: number | null; change: number | null; evidence: 'clear' | 'likely' | null; significant: boolean },
  words: ExportWords,
) {
  return [cell.score, cell.change, evidenceWord(words, cell.evidence), yesNo(words, cell.significant)];
}
