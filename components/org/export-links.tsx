import { getTranslations } from 'next-intl/server';
import type { OrgHeatmapView } from '@/lib/server/reports/org-heatmap';
import { type OrgViewQuery, heatmapSearch } from '@/lib/domain/heatmap-views/org-view-query';

interface ExportLinksProps {
  view: OrgHeatmapView;
  query: OrgViewQuery;
  /** HR's export of every cell of every unit, period and line. */
  showAggregates: boolean;
}

const LINK =
  'rounded-md bg-white px-3 py-1.5 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50';

/**
 * Downloads of the heatmap as shown (its period, expansions and order) and, for HR, of every
 * aggregate: as CSV in the reader's language and dialect, and as an Excel workbook.
 */
export async function ExportLinks({ view, query, showAggregates }: ExportLinksProps) {
  const [t, links] = await Promise.all([getTranslations('org.export'), getTranslations('exports.links')]);
  const shown = { at: view.at, expand: query.expand, sort: query.sort };
  const search = heatmapSearch({ unit: view.unit, period: view.period }, shown).toString();
  const files = [
    { href: `/api/v1/export/heatmap.xlsx?${search}`, label: links('heatmapXlsx') },
    { href: `/api/v1/export/heatmap.csv?${search}`, label: links('heatmapCsv') },
    ...(showAggregates
      ? [
          { href: '/api/v1/export/aggregates.xlsx', label: links('aggregatesXlsx') },
          { href: '/api/v1/export/aggregates.csv', label: links('aggregatesCsv') },
        ]
      : []),
  ];
  return (
    <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold text-brand-900">{t('title')}</h3>
      <p className="mt-1 text-sm text-slate-600">{t('note')}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {files.map((file) => (
          <li key={file.href}>
            <a href={file.href} download className={LINK}>
              {file.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">{links('csvNote')}</p>
    </div>
  );
}
