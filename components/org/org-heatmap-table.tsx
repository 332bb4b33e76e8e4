import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { HeatmapTableCell, type HeatmapTableCellValue } from '@/components/reports/heatmap-table-cell';
import { HEATMAP_NAME_COLUMN, HEATMAP_WIDTH, valueColumns } from '@/components/reports/heatmap-layout';
import { ScrollRegion } from '@/components/scroll-region';
import { getReportFormat } from '@/components/reports/report-format';
import type { OrgHeatmapRow } from '@/lib/domain/heatmap-views/expand-heatmap';
import { HeatmapRowHeader } from './heatmap-row-header';
import { SortHeader, type SortableColumn } from './sort-header';

export interface OrgHeatmapTableRow {
  row: OrgHeatmapRow;
  toggleHref?: string;
  pageHref?: string;
  /** The row's cells, in the value columns' order before participation (components/reports/heatmap-row-cells.ts). */
  cells: HeatmapTableCellValue[];
}

/** The organisation or the department itself, as the heatmap's first rows. */
export interface OrgHeatmapReferenceRow {
  key: string;
  name: string;
  href?: string;
  cells: HeatmapTableCellValue[];
  participation: number | null;
}

interface OrgHeatmapTableProps {
  caption: string;
  /** The name column first, then the connection score and the four lines, then participation. */
  columns: [SortableColumn, ...SortableColumn[]];
  rows: OrgHeatmapTableRow[];
  references: OrgHeatmapReferenceRow[];
  minGroupSize: number;
}

/** The departments-and-teams heatmap as a real table: sortable column headers, expandable row headers, a number and a colour in each cell. */
export async function OrgHeatmapTable({ caption, columns, rows, references, minGroupSize }: OrgHeatmapTableProps) {
  const [t, heatmap, common, format] = await Promise.all([
    getTranslations('org.heatmap'),
    getTranslations('heatmap'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const [nameColumn, ...lineColumns] = columns;
  const participationCell = (participation: number | null) => (
    <td className="px-2 py-2 text-center tabular-nums text-slate-700">
      {participation === null ? (
        <span>
          –<span className="sr-only"> {heatmap('notShown')}</span>
        </span>
      ) : (
        format.percent(participation)
      )}
    </td>
  );
  return (
    <ScrollRegion
      cue={common('scrollCue')}
      labelledBy="org-heatmap-caption"
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table
        className={`w-full table-fixed border-collapse text-sm ${HEATMAP_WIDTH}`}
        style={valueColumns(lineColumns.length)}
      >
        <caption id="org-heatmap-caption" className="px-4 py-3 text-left font-semibold text-brand-900">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <SortHeader column={nameColumn} hint={t('sortHint')} align="left" />
            {lineColumns.map((column) => (
              <SortHeader key={column.key} column={column} hint={t('sortHint')} />
            ))}
          </tr>
        </thead>
        <tbody>
          {references.map((reference) => (
            <tr key={reference.key} className="border-t-2 border-slate-300 bg-slate-50">
              <th scope="row" className={`${HEATMAP_NAME_COLUMN} bg-slate-50 px-3 py-2 text-left font-semibold`}>
                {reference.href ? (
                  <Link href={reference.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {reference.name}
                  </Link>
                ) : (
                  reference.name
                )}
              </th>
              {reference.cells.map((cell, index) => (
                <HeatmapTableCell key={index} cell={cell} minGroupSize={minGroupSize} />
              ))}
              {participationCell(reference.participation)}
            </tr>
          ))}
          {rows.map(({ row, toggleHref, pageHref, cells }) => (
            <tr
              key={`${row.kind}-${row.id}`}
              className={row.depth > 0 ? 'border-t border-slate-100' : 'border-t-2 border-slate-200'}
            >
              <HeatmapRowHeader row={row} toggleHref={toggleHref} pageHref={pageHref} />
              {cells.map((cell, index) => (
                <HeatmapTableCell key={index} cell={cell} minGroupSize={minGroupSize} />
              ))}
              {participationCell(row.participation)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
