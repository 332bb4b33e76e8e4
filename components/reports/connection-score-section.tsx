import { getTranslations } from 'next-intl/server';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { RowComparisons } from '@/lib/domain/reports/comparisons';
import { DifferenceMarker } from './difference-marker';
import { LineScoreCard } from './line-score-card';

interface ConnectionScoreSectionProps {
  cell: Omit<ReportCell, 'period'>;
  previousPeriod: string | null;
  /** The unit's differences from its department and the organisation; null where none is made (the organisation). */
  comparison: RowComparisons | null;
  /** The department compared with, by name. */
  departmentName: string | null;
  minGroupSize: number;
}

/** The connection score of the period shown, above the four lines it is the mean of, with its comparisons. */
export async function ConnectionScoreSection({
  cell,
  previousPeriod,
  comparison,
  departmentName,
  minGroupSize,
}: ConnectionScoreSectionProps) {
  const t = await getTranslations('connection');
  const rows = comparison
    ? [
        ...(comparison.department && departmentName
          ? [
              {
                key: 'department',
                label: t('compared.department', { department: departmentName }),
                difference: comparison.department.connection,
              },
            ]
          : []),
        ...(comparison.organisation
          ? [{ key: 'organisation', label: t('compared.organisation'), difference: comparison.organisation.connection }]
          : []),
      ]
    : [];
  return (
    <section aria-labelledby="connection-score-title" className="mb-6" data-testid="connection-score">
      <h2 id="connection-score-title" className="sr-only">
        {t('title')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <LineScoreCard
          title={t('title')}
          description={t('description')}
          cell={cell}
          previousPeriod={previousPeriod}
          minGroupSize={minGroupSize}
        />
        {rows.length > 0 ? (
          <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold text-brand-900">{t('compared.title')}</h3>
            <dl className="mt-3 space-y-2 text-sm">
              {rows.map((row) => (
                <div key={row.key} className="flex flex-wrap justify-between gap-x-3">
                  <dt className="text-slate-600">{row.label}</dt>
                  <dd>
                    <DifferenceMarker difference={row.difference} />
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-auto pt-3 text-xs text-slate-600">{t('compared.note')}</p>
          </article>
        ) : null}
      </div>
    </section>
  );
}
