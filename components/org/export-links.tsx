import { getTranslations } from 'next-intl/server';
import type { OrgHeatmapView } from '@/lib/server/reports/org-heatmap';
import { type OrgViewQuery, heatmapSearch } from '@/lib/domain/heatmap-views/org-view-query';

interface ExportLinksProps {
  view: OrgHeatmapView;
  query: OrgViewQuery;
  /** HR's export of every cell of every unit, period and line. */
  showAggregates: boolean;
}

/** Downloads of the heatmap as shown (its period, expansions and order) and, for HR, of every aggregate. */
export async function ExportLinks({ view, query, showAggregates }: ExportLinksProps) {
  const t = await getTranslations('org.export');
  const shown = { at: view.at, expand: query.expand, sort: query.sort };
  const search = heatmapSearch({ unit: view.unit, period: view.period }, shown);
  const link =
    'rounded-md bg-white px-3 py-1.5 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50';
  return (
    <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold text-brand-900">{t('title')}</h3>
      <p className="mt-1 text-sm text-slate-600">{t('note')}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <a href={`/api/v1/export/heatmap.csv?${search.toString()}`} download className={link}>
            {t('heatmap')}
          </a>
        </li>
        {showAggregates ? (
          <li>
            <a href="/api/v1/export/aggregates.csv" download className={link}>
              {t('aggregates')}
            </a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
