import { getTranslations } from 'next-intl/server';
import { HeatmapLegend } from '@/components/reports/heatmap-legend';
import { HeatmapModeSwitch } from '@/components/reports/heatmap-mode-switch';
import { heatmapRowCells } from '@/components/reports/heatmap-row-cells';
import type { OrgHeatmapView } from '@/lib/server/reports/org-heatmap';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { type OrgHeatmapRow, toggleExpanded } from '@/lib/domain/heatmap-views/expand-heatmap';
import { type OrgViewQuery, orgViewHref } from '@/lib/domain/heatmap-views/org-view-query';
import { type HeatmapSortKey, nextSort } from '@/lib/domain/heatmap-views/sort-heatmap-rows';
import { ExportLinks } from './export-links';
import { OrgHeatmapTable } from './org-heatmap-table';
import type { SortableColumn } from './sort-header';

interface OrgHeatmapSectionProps {
  view: OrgHeatmapView;
  query: OrgViewQuery;
  basePath: string;
  title: string;
  intro: string;
  caption: string;
  minGroupSize: number;
  showAggregates: boolean;
}

export const HEATMAP_ANCHOR = 'org-heatmap';

/** The heatmap of the departments and teams below a unit, its legend and its exports. */
export async function OrgHeatmapSection({
  view,
  query,
  basePath,
  title,
  intro,
  caption,
  minGroupSize,
  showAggregates,
}: OrgHeatmapSectionProps) {
  const [t, lines, heatmap, connection] = await Promise.all([
    getTranslations('org.heatmap'),
    getTranslations('lines'),
    getTranslations('heatmap'),
    getTranslations('connection'),
  ]);
  // Links keep the period on screen, which may be the latest with results rather than the one asked.
  const shown: OrgViewQuery = { ...query, at: view.at ?? undefined };
  const column = (key: HeatmapSortKey, label: string): SortableColumn => ({
    key,
    label,
    href: orgViewHref(basePath, shown, { sort: nextSort(query.sort, key) }, HEATMAP_ANCHOR),
    sorted: query.sort?.key === key ? (query.sort.order === 'asc' ? 'ascending' : 'descending') : undefined,
  });
  const pageOf = (row: OrgHeatmapRow) =>
    `${row.kind === 'department' ? `/org/departments/${row.id}` : `/team/${row.id}`}?period=${view.period}${view.at ? `&at=${view.at}` : ''}`;
  return (
    <section id={HEATMAP_ANCHOR} aria-labelledby="org-heatmap-title" className="mb-10 scroll-mt-4">
      <h2 id="org-heatmap-title" className="mb-1 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{intro}</p>
      <HeatmapModeSwitch
        mode={query.show}
        hrefOf={(show) => orgViewHref(basePath, { ...shown, show }, {}, HEATMAP_ANCHOR)}
      />
      <OrgHeatmapTable
        caption={caption}
        columns={[
          column('name', t('rows')),
          column('connection', connection('column')),
          ...CONNECTION_LINES.map((line) => column(`line-${line}`, `${line} · ${lines(`${line}.name`)}`)),
          column('participation', heatmap('participation')),
        ]}
        rows={view.rows.map((row) => ({
          row,
          toggleHref:
            row.expanded === null
              ? undefined
              : orgViewHref(basePath, shown, { expand: toggleExpanded(query.expand, row.id) }, HEATMAP_ANCHOR),
          pageHref: pageOf(row),
          cells: heatmapRowCells(row, query.show, `${pageOf(row)}#trend`),
        }))}
        references={view.references.map((reference) => ({
          key: reference.kind,
          name:
            reference.kind === 'organisation'
              ? connection('organisationRow')
              : connection('departmentRow', { department: reference.name }),
          cells: heatmapRowCells(reference, query.show),
          participation: reference.participation,
        }))}
        minGroupSize={minGroupSize}
      />
      {query.show === 'compared' ? (
        <p className="mt-3 text-sm text-slate-700">{connection('legend.compared')}</p>
      ) : null}
      <HeatmapLegend heldBack={view.rows.some((row) => row.cells.some((cell) => cell.heldBack))} />
      <ExportLinks view={view} query={query} showAggregates={showAggregates} />
    </section>
  );
}
