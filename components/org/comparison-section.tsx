import { getTranslations } from 'next-intl/server';
import type { DepartmentComparison } from '@/lib/server/reports/department-comparison';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { COMPARISON_LIMITS } from '@/lib/domain/heatmap-views/comparison-choice';
import type { OrgViewQuery } from '@/lib/domain/heatmap-views/org-view-query';
import { periodsInRange } from '@/lib/domain/reports/trend-range';
import { COMPARISON_ANCHOR, ComparisonForm } from './comparison-form';
import { ComparisonLine } from './comparison-line';

interface ComparisonSectionProps {
  comparison: DepartmentComparison;
  query: OrgViewQuery;
  basePath: string;
  minGroupSize: number;
}

/** Two to five departments side by side over time: one small chart per connection line, one series per department. */
export async function ComparisonSection({ comparison, query, basePath, minGroupSize }: ComparisonSectionProps) {
  const t = await getTranslations('org.compare');
  const first = comparison.departments[0];
  const periods = first
    ? periodsInRange(first.trends.lines[0]?.points.map((point) => point.period) ?? [], query.period, query.range)
    : [];
  return (
    <section id={COMPARISON_ANCHOR} aria-labelledby="compare-title" className="mb-10 scroll-mt-4">
      <h2 id="compare-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro', COMPARISON_LIMITS)}</p>
      <ComparisonForm comparison={comparison} query={query} basePath={basePath} />
      {comparison.departments.length > 0 ? (
        periods.length === 0 ? (
          <p className="mt-4 rounded-lg border border-slate-200 bg-white p-4">{t('empty')}</p>
        ) : (
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            {CONNECTION_LINES.map((line) => (
              <ComparisonLine
                key={line}
                line={line}
                kind={query.period}
                periods={periods}
                departments={comparison.departments}
                minGroupSize={minGroupSize}
              />
            ))}
          </div>
        )
      ) : null}
    </section>
  );
}
