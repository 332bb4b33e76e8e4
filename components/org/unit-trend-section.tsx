import { getTranslations } from 'next-intl/server';
import { LazyTrendChart } from '@/components/reports/lazy-trend-chart';
import { getReportFormat } from '@/components/reports/report-format';
import { TrendGaps } from '@/components/reports/trend-gaps';
import { TrendTable } from '@/components/reports/trend-table';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitTrends } from '@/lib/domain/reports/unit-trends';

interface UnitTrendSectionProps {
  title: string;
  /** The organisation or department, as the chart's description names it. */
  unitName: string;
  kind: PeriodKind;
  /** The periods of the chosen range, oldest first. */
  periods: string[];
  trends: UnitTrends;
  minGroupSize: number;
}

/** The organisation's or a department's own four lines over the chosen range, with their intervals, and the figures as a table. */
export async function UnitTrendSection({ title, unitName, kind, periods, trends, minGroupSize }: UnitTrendSectionProps) {
  const [t, lines, format] = await Promise.all([getTranslations('trends'), getTranslations('lines'), getReportFormat()]);
  const pointsOf = (points: UnitTrends['lines'][number]['points']) => periods.map((period) => points.find((point) => point.period === period)!);
  const chartLines = trends.lines.map(({ line, points }) => {
    const inRange = pointsOf(points);
    return { line, name: lines(`${line}.name`), scores: inRange.map((p) => p.score), ciLow: inRange.map((p) => p.ciLow), ciHigh: inRange.map((p) => p.ciHigh) };
  });
  const rows = periods.map((period, index) => ({
    key: period,
    period: format.period(kind, period),
    cells: trends.lines.map(({ points }) => pointsOf(points)[index]!),
  }));
  return (
    <section id="trend" aria-labelledby="trend-title" className="mb-10 scroll-mt-4">
      <h2 id="trend-title" className="mb-1 text-xl font-semibold text-brand-900">{title}</h2>
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
              actionPeriods={[]}
              description={t('chart.description', { team: unitName, from: format.period(kind, periods[0]!), to: format.period(kind, periods.at(-1)!) })}
            />
          </div>
          <TrendGaps kind={kind} points={pointsOf(trends.lines[0]?.points ?? [])} minGroupSize={minGroupSize} />
          <TrendTable caption={t('table.caption', { team: unitName })} lineNames={chartLines.map((line) => line.name)} rows={rows} minGroupSize={minGroupSize} />
        </>
      )}
    </section>
  );
}
