import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DifferenceMarker } from '@/components/reports/difference-marker';
import { HeldBackMarker } from '@/components/reports/held-back';
import { hiddenReasonText } from '@/components/reports/hidden-reason-text';
import { getReportFormat } from '@/components/reports/report-format';
import type { HeatmapRow } from '@/lib/domain/reports/heatmap';
import type { ScopeHeatmap } from '@/lib/server/reports/scope-heatmap';

/** A card per team a leader sees: its connection score in the period shown and its differences from its department and the organisation. */
export async function TeamScoreCards({ heatmap, minGroupSize }: { heatmap: ScopeHeatmap; minGroupSize: number }) {
  const [t, hidden, format] = await Promise.all([
    getTranslations('connection'),
    getTranslations('trends.hidden'),
    getReportFormat(),
  ]);
  const at = heatmap.at;
  const teams = heatmap.groups.flatMap((group) => group.rows.filter((row) => row.kind === 'team'));
  if (at === null || teams.length === 0) return null;
  const card = (row: HeatmapRow) => (
    <li key={row.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="font-semibold">
        <Link
          href={`/team/${row.id}?period=${heatmap.period}&at=${at}`}
          className="text-brand-700 underline underline-offset-2"
        >
          {row.name}
        </Link>
      </h3>
      {row.connection.suppressed || row.connection.score === null ? (
        <p className="mt-2 text-sm text-slate-700">
          {hiddenReasonText(hidden, row.connection.hidden ?? 'too-few', minGroupSize)}
        </p>
      ) : (
        <dl className="mt-2 space-y-1 text-sm">
          <div>
            <dt className="sr-only">{t('title')}</dt>
            <dd>
              <span className="text-3xl font-semibold tabular-nums text-brand-900">
                {format.score(row.connection.score)}
                {row.connection.heldBack ? <HeldBackMarker /> : null}
              </span>
              <span className="text-slate-600"> / 100</span>
            </dd>
          </div>
          {(['department', 'organisation'] as const).map((larger) => {
            const comparison = row.comparison[larger];
            return comparison ? (
              <div key={larger} className="flex flex-wrap justify-between gap-x-3">
                <dt className="text-slate-600">{t(`cards.${larger}`)}</dt>
                <dd>
                  <DifferenceMarker difference={comparison.connection} />
                </dd>
              </div>
            ) : null;
          })}
        </dl>
      )}
    </li>
  );
  return (
    <section aria-labelledby="team-scores-title" className="mb-10">
      <h2 id="team-scores-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('cards.title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('cards.intro', { period: format.period(heatmap.period, at) })}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{teams.map(card)}</ul>
      <p className="mt-2 text-sm text-slate-600">{t('compared.note')}</p>
    </section>
  );
}
