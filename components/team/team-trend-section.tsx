import { getTranslations } from 'next-intl/server';
import { getReportFormat } from '@/components/reports/report-format';
import { LazyTrendChart } from '@/components/reports/lazy-trend-chart';
import { TrendGaps } from '@/components/reports/trend-gaps';
import { TrendTable } from '@/components/reports/trend-table';
import type { LeaderActionView } from '@/lib/server/team/leader-actions';
import { type PeriodKind, periodLabelsOf } from '@/lib/domain/periods/period-labels';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';

interface TeamTrendSectionProps {
  teamName: string;
  kind: PeriodKind;
  /** The periods of the chosen range, oldest first. */
  periods: string[];
  trends: TeamTrends;
  actions: LeaderActionView[];
  minGroupSize: number;
}

/** The period of the range an action belongs to: the one it was recorded in, or the last before it. */
function actionPeriodIndex(periods: string[], kind: PeriodKind, createdAt: string): number {
  const label = periodLabelsOf(new Date(createdAt))[kind];
  return periods.findLastIndex((period) => period <= label);
}

/** The four lines over the chosen range with their intervals, the actions taken, and the figures as a table. */
export async function TeamTrendSection({ teamName, kind, periods, trends, actions, minGroupSize }: TeamTrendSectionProps) {
  const [t, lines, format] = await Promise.all([getTranslations('trends'), getTranslations('lines'), getReportFormat()]);
  const pointsOf = (points: TeamTrends['lines'][number]['points']) => periods.map((period) => points.find((point) => point.period === period)!);
  const chartLines = trends.lines.map(({ line, points }) => {
    const inRange = pointsOf(points);
    return { line, name: lines(`${line}.name`), scores: inRange.map((p) => p.score), ciLow: inRange.map((p) => p.ciLow), ciHigh: inRange.map((p) => p.ciHigh) };
  });
  const placed = actions.map((action) => ({ action, index: actionPeriodIndex(periods, kind, action.createdAt) })).filter(({ index }) => index >= 0);
  const actionText = (action: LeaderActionView) => `${lines(`${action.line}.name`)}: ${action.what}`;
  const rows = periods.map((period, index) => ({
    key: period,
    period: format.period(kind, period),
    cells: trends.lines.map(({ points }) => pointsOf(points)[index]!),
    actions: placed.filter((entry) => entry.index === index).map(({ action }) => actionText(action)),
  }));
  return (
    <section id="trend" aria-labelledby="trend-title" className="mb-10 scroll-mt-4">
      <h2 id="trend-title" className="mb-1 text-xl font-semibold text-brand-900">{t('title')}</h2>
      <p className="mb-1 text-sm text-slate-600">{t('intro')}</p>
      <p className="mb-3 text-xs text-slate-500">{t('method')}</p>
      {periods.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">{t('empty')}</p>
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <LazyTrendChart
              periods={periods.map((period) => format.period(kind, period, 'short'))}
              lines={chartLines}
              actionPeriods={[...new Set(placed.map(({ index }) => index))]}
              description={t('chart.description', { team: teamName, from: format.period(kind, periods[0]!), to: format.period(kind, periods.at(-1)!) })}
            />
          </div>
          <TrendGaps kind={kind} points={pointsOf(trends.lines[0]?.points ?? [])} minGroupSize={minGroupSize} />
          {placed.length > 0 ? (
            <div className="mt-3 text-sm">
              <h3 id="trend-markers-title" className="font-semibold text-slate-800">{t('markers.title')}</h3>
              <ul aria-labelledby="trend-markers-title" className="mt-1 list-disc pl-5 text-slate-700">
                {placed.map(({ action, index }) => (
                  <li key={action.id}>{t('markers.item', { period: format.period(kind, periods[index]!), action: actionText(action) })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <TrendTable caption={t('table.caption', { team: teamName })} lineNames={chartLines.map((line) => line.name)} rows={rows} minGroupSize={minGroupSize} />
        </>
      )}
    </section>
  );
}
