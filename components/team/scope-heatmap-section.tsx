import { getTranslations } from 'next-intl/server';
import { HeatmapLegend } from '@/components/reports/heatmap-legend';
import { HeatmapTable, type HeatmapTableRow } from '@/components/reports/heatmap-table';
import { HeatmapModeSwitch } from '@/components/reports/heatmap-mode-switch';
import { heatmapRowCells } from '@/components/reports/heatmap-row-cells';
import { getReportFormat } from '@/components/reports/report-format';
import type { ScopeHeatmap } from '@/lib/server/reports/scope-heatmap';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { HeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';
import type { HeatmapRow } from '@/lib/domain/reports/heatmap';

const groupAnchor = (departmentId: number) => `heatmap-department-${departmentId}`;

/** Every team (and sub-department) a leader sees × the four lines, for one period, grouped by department. */
export async function ScopeHeatmapSection({
  heatmap,
  minGroupSize,
  mode,
  modeHref,
}: {
  heatmap: ScopeHeatmap;
  minGroupSize: number;
  mode: HeatmapMode;
  modeHref: (mode: HeatmapMode) => string;
}) {
  const [t, lines, connection, format] = await Promise.all([
    getTranslations('heatmap'),
    getTranslations('lines'),
    getTranslations('connection'),
    getReportFormat(),
  ]);
  if (heatmap.at === null || heatmap.groups.length === 0) return null;
  const at = heatmap.at;
  const grouped = new Set(heatmap.groups.map((group) => group.department.id));
  // Only a department the viewer heads has a total row, and its own report page is theirs to open.
  const departmentPage = (id: number) => `/org/departments/${id}?period=${heatmap.period}&at=${at}`;
  const trendHref = (row: HeatmapRow) =>
    row.kind === 'team'
      ? `/team/${row.id}?period=${heatmap.period}&at=${at}#trend`
      : grouped.has(row.id)
        ? `#${groupAnchor(row.id)}`
        : undefined;
  const tableRow = (row: HeatmapRow, total = false): HeatmapTableRow => ({
    key: `${row.kind}-${row.id}${total ? '-total' : ''}`,
    header: total
      ? t('scope.total', { department: row.name })
      : row.kind === 'department'
        ? t('scope.department', { department: row.name })
        : row.name,
    headerHref: total ? departmentPage(row.id) : trendHref(row),
    cells: heatmapRowCells(row, mode, total ? `${departmentPage(row.id)}#trend` : trendHref(row)),
    participation: row.participation,
    total,
  });
  const organisationRow = heatmap.organisation && {
    key: 'organisation',
    rows: [
      {
        key: 'organisation',
        header: connection('organisationRow'),
        cells: heatmapRowCells(heatmap.organisation, mode),
        participation: heatmap.organisation.participation,
        total: true,
      },
    ],
  };
  return (
    <section aria-labelledby="scope-heatmap-title" className="mb-10">
      <h2 id="scope-heatmap-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('scope.title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('scope.intro')}</p>
      <HeatmapModeSwitch mode={mode} hrefOf={modeHref} />
      <HeatmapTable
        caption={t('scope.caption', { period: format.period(heatmap.period, at) })}
        rowsLabel={t('unit')}
        columns={[
          { key: 'connection', label: connection('column') },
          ...CONNECTION_LINES.map((line) => ({ key: String(line), label: `${line} · ${lines(`${line}.name`)}` })),
        ]}
        groups={[
          ...(organisationRow ? [organisationRow] : []),
          ...heatmap.groups.map((group) => ({
            key: String(group.department.id),
            label: group.department.name,
            anchor: groupAnchor(group.department.id),
            rows: [
              ...(group.total ? [tableRow({ ...group.total, id: group.department.id, kind: 'department' }, true)] : []),
              ...group.rows.map((row) => tableRow(row)),
            ],
          })),
        ]}
        minGroupSize={minGroupSize}
        showParticipation
      />
      {mode === 'compared' ? <p className="mt-3 text-sm text-slate-700">{connection('legend.compared')}</p> : null}
      <HeatmapLegend
        heldBack={heatmap.groups.some((group) =>
          [group.total, ...group.rows].some((row) => row?.cells.some((cell) => cell.heldBack)),
        )}
      />
    </section>
  );
}
