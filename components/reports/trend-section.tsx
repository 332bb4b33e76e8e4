import { getTranslations } from 'next-intl/server';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { periodsFromTo } from '@/lib/domain/periods/period-sequence';
import type { UnitTrends } from '@/lib/domain/reports/unit-trends';
import { LazyTrendChart } from './lazy-trend-chart';
import { getReportFormat } from './report-format';
import { TrendGaps } from './trend-gaps';
import { TrendTable } from './trend-table';

/** An action a leader recorded, placed in the period it was taken in. */
export interface TrendMarker {
  key: string | number;
  period: string;
  text: string;
}

interface TrendSectionProps {
  title: string;
  /** The team, department or organisation, as the chart's description and the table's caption name it. */
  unitName: string;
  kind: PeriodKind;
  /** The periods of the chosen range, oldest first. */
  periods: string[];
  lines: UnitTrends['lines'];
  /** A team's recorded actions in the range; absent where no one records actions (no actions column then). */
  markers?: TrendMarker[];
  /** The chart's time axis, oldest first: every period of the range (the default), or on to the latest action. */
  axis?: string[];
  minGroupSize: number;
}

/** The four lines over the chosen range with their intervals, the actions taken, and the figures as a table. */
export async function TrendSection({
  title,
  unitName,
  kind,
  periods,
  lines,
  markers,
  axis = periods.length === 0 ? [] : periodsFromTo(kind, periods[0]!, periods.at(-1)!),
  minGroupSize,
}: TrendSectionProps) {
  const [t, lineNames, format] = await Promise.all([
    getTranslations('trends'),
    getTranslations('lines'),
    getReportFormat(),
  ]);
  const pointsOf = (points: UnitTrends['lines'][number]['points']) =>
    periods.map((period) => points.find((point) => point.period === period)!);
  // A period of the axis without published figures (no pulse, or not published yet) is a gap in every line.
  const chartLines = lines.map(({ line, points }) => {
    const onAxis = axis.map((period) => points.find((point) => point.period === period));
    return {
      line,
      name: lineNames(`${line}.name`),
      scores: onAxis.map((p) => p?.score ?? null),
      ciLow: onAxis.map((p) => p?.ciLow ?? null),
      ciHigh: onAxis.map((p) => p?.ciHigh ?? null),
    };
  });
  const actionsIn = (period: string) =>
    markers?.filter((marker) => marker.period === period).map((marker) => marker.text);
  const rows = axis
    .filter((period) => periods.includes(period) || (actionsIn(period)?.length ?? 0) > 0)
    .map((period) => ({
      key: period,
      period: format.period(kind, period),
      cells: periods.includes(period)
        ? lines.map(({ points }) => points.find((point) => point.period === period)!)
        : null,
      actions: actionsIn(period),
    }))
    .reverse();
  return (
    <section id="trend" aria-labelledby="trend-title" className="mb-10 scroll-mt-4">
      <h2 id="trend-title" className="mb-1 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <p className="mb-1 text-sm text-slate-600">{t('intro')}</p>
      <p className="mb-3 text-xs text-slate-500">{t('method')}</p>
      {periods.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">{t('empty')}</p>
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <LazyTrendChart
              periods={axis.map((period) => format.period(kind, period, 'short'))}
              lines={chartLines}
              actionPeriods={[...new Set(markers?.map((marker) => axis.indexOf(marker.period)))]}
              description={t('chart.description', {
                team: unitName,
                from: format.period(kind, axis[0]!),
                to: format.period(kind, axis.at(-1)!),
              })}
            />
          </div>
          <TrendGaps kind={kind} points={pointsOf(lines[0]?.points ?? [])} minGroupSize={minGroupSize} />
          {markers && markers.length > 0 ? (
            <div className="mt-3 text-sm">
              <h3 id="trend-markers-title" className="font-semibold text-slate-800">
                {t('markers.title')}
              </h3>
              <ul aria-labelledby="trend-markers-title" className="mt-1 list-disc pl-5 text-slate-700">
                {markers.map((marker) => (
                  <li key={marker.key}>
                    {t('markers.item', { period: format.period(kind, marker.period), action: marker.text })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <TrendTable
            caption={t('table.caption', { team: unitName })}
            lineNames={chartLines.map((line) => line.name)}
            rows={rows}
            minGroupSize={minGroupSize}
          />
        </>
      )}
    </section>
  );
}
