import { getTranslations } from 'next-intl/server';
import { HeatmapCell } from '@/components/reports/heatmap-cell';
import { HEATMAP_WIDTH, valueColumns } from '@/components/reports/heatmap-layout';
import { ScrollRegion } from '@/components/scroll-region';
import { getReportFormat } from '@/components/reports/report-format';
import type { OrgHeatmapRow } from '@/lib/domain/heatmap-views/expand-heatmap';
import { HeatmapRowHeader } from './heatmap-row-header';
import { SortHeader, type SortableColumn } from './sort-header';

export interface OrgHeatmapTableRow {
  row: OrgHeatmapRow;
  toggleHref?: string;
  pageHref?: string;
  /** Where each of the row's cells leads. */
  cellHref?: string;
}

interface OrgHeatmapTableProps {
  caption: string;
  /** The name column first, then the four lines, then participation. */
  columns: [SortableColumn, ...SortableColumn[]];
  rows: OrgHeatmapTableRow[];
  minGroupSize: number;
}

/** The departments-and-teams heatmap as a real table: sortable column headers, expandable row headers, a number and a colour in each cell. */
export async function OrgHeatmapTable({ caption, columns, rows, minGroupSize }: OrgHeatmapTableProps) {
  const [t, heatmap, common, format] = await Promise.all([
    getTranslations('org.heatmap'),
    getTranslations('heatmap'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const [nameColumn, ...lineColumns] = columns;
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
          {rows.map(({ row, toggleHref, pageHref, cellHref }) => (
            <tr
              key={`${row.kind}-${row.id}`}
              className={row.depth > 0 ? 'border-t border-slate-100' : 'border-t-2 border-slate-200'}
            >
              <HeatmapRowHeader row={row} toggleHref={toggleHref} pageHref={pageHref} />
              {row.cells.map((cell) => (
                <HeatmapCell key={cell.line} value={cell} href={cellHref} minGroupSize={minGroupSize} />
              ))}
              <td className="px-2 py-2 text-center tabular-nums text-slate-700">
                {row.participation === null ? (
                  <span>
                    –<span className="sr-only"> {heatmap('notShown')}</span>
                  </span>
                ) : (
                  format.percent(row.participation)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
