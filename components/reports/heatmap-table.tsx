import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ScrollRegion } from '@/components/scroll-region';
import { HEATMAP_NAME_COLUMN, HEATMAP_SHORT_NAMES, HEATMAP_WIDTH, valueColumns } from './heatmap-layout';
import { getReportFormat } from './report-format';
import { HeatmapTableCell, type HeatmapTableCellValue } from './heatmap-table-cell';

export interface HeatmapColumn {
  key: string;
  label: string;
}

export interface HeatmapTableRow {
  key: string;
  header: string;
  /** Where the row's name leads (a team's page, a department's group). */
  headerHref?: string;
  /** One per column, in the columns' order. */
  cells: HeatmapTableCellValue[];
  /** Respondents over invited, 0–100; null where it is not shown. Leave out to show no participation. */
  participation?: number | null;
  /** A department's own row, set apart from the rows below it. */
  total?: boolean;
}

export interface HeatmapTableGroup {
  key: string;
  /** The group's heading row; none for a table of one group. */
  label?: string;
  /** An anchor for links to this group. */
  anchor?: string;
  rows: HeatmapTableRow[];
}

interface HeatmapTableProps {
  caption: string;
  /** The heading of the first column: what the rows are. */
  rowsLabel: string;
  columns: HeatmapColumn[];
  groups: HeatmapTableGroup[];
  minGroupSize: number;
  showParticipation?: boolean;
  /** Row names as short as periods', for which the name column narrows on a phone. */
  shortNames?: boolean;
}

/** A heatmap as a real table: caption, column and row headers, a number and a colour in each cell. */
export async function HeatmapTable({
  caption,
  rowsLabel,
  columns,
  groups,
  minGroupSize,
  showParticipation = false,
  shortNames = false,
}: HeatmapTableProps) {
  const [t, common, format] = await Promise.all([
    getTranslations('heatmap'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const captionId = `heatmap-${caption.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`;
  const width = columns.length + 1 + (showParticipation ? 1 : 0);
  const layout = shortNames ? HEATMAP_SHORT_NAMES : { width: HEATMAP_WIDTH, nameColumn: HEATMAP_NAME_COLUMN };
  return (
    <ScrollRegion
      cue={common('scrollCue')}
      labelledBy={captionId}
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className={`w-full table-fixed border-collapse text-sm ${layout.width}`} style={valueColumns(width - 1)}>
        <caption id={captionId} className="px-4 py-3 text-left font-semibold text-brand-900">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={`${layout.nameColumn} bg-slate-100 px-3 py-2 text-left font-semibold`}>
              {rowsLabel}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="px-2 py-2 text-center font-semibold">
                {column.label}
              </th>
            ))}
            {showParticipation ? (
              <th scope="col" className="px-2 py-2 text-center font-semibold">
                {t('participation')}
              </th>
            ) : null}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key} id={group.anchor} className="scroll-mt-4">
            {group.label ? (
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={width}
                  className="bg-brand-50 px-3 py-2 text-left font-semibold text-brand-900"
                >
                  {group.label}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.key} className={row.total ? 'border-b-2 border-slate-300' : undefined}>
                <th
                  scope="row"
                  className={`${layout.nameColumn} bg-white px-3 py-2 text-left ${row.total ? 'font-semibold' : 'font-medium'}`}
                >
                  {row.headerHref ? (
                    <Link href={row.headerHref} className="text-brand-700 underline-offset-2 hover:underline">
                      {row.header}
                    </Link>
                  ) : (
                    row.header
                  )}
                </th>
                {row.cells.map((cell, index) => (
                  <HeatmapTableCell key={columns[index]?.key ?? index} cell={cell} minGroupSize={minGroupSize} />
                ))}
                {showParticipation ? (
                  <td className="px-2 py-2 text-center tabular-nums text-slate-700">
                    {row.participation === null || row.participation === undefined ? (
                      <span>
                        –<span className="sr-only"> {t('notShown')}</span>
                      </span>
                    ) : (
                      format.percent(row.participation)
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}
