import { getTranslations } from 'next-intl/server';
import { CellScore } from '@/components/reports/cell-score';
import { HeldBackNote } from '@/components/reports/held-back';
import { getReportFormat } from '@/components/reports/report-format';
import { ScrollRegion } from '@/components/scroll-region';
import type { ComparedDepartment } from '@/lib/server/reports/department-comparison';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { LazyComparisonChart } from './lazy-comparison-chart';

interface ComparisonLineProps {
  line: ConnectionLine;
  kind: PeriodKind;
  /** The periods of the chosen range, oldest first. */
  periods: string[];
  departments: ComparedDepartment[];
  minGroupSize: number;
}

/** One connection line of the compared departments: a small chart, and the same figures as a table, newest period first. */
export async function ComparisonLine({ line, kind, periods, departments, minGroupSize }: ComparisonLineProps) {
  const [t, lines, trends, common, format] = await Promise.all([
    getTranslations('org.compare'),
    getTranslations('lines'),
    getTranslations('trends'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const lineName = `${line} · ${lines(`${line}.name`)}`;
  const names = departments.map((department) => department.name).join(', ');
  const newestFirst = periods.map((period, index) => ({ period, index })).reverse();
  const series = departments.map((department) => {
    const points = department.trends.lines.find((entry) => entry.line === line)?.points ?? [];
    return {
      name: department.name,
      points: periods.map((period) => points.find((point) => point.period === period) ?? null),
    };
  });
  const heldBack = series.some(({ points }) => points.some((point) => point?.heldBack));
  return (
    <article
      aria-labelledby={`compare-line-${line}`}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      <h3 id={`compare-line-${line}`} className="mb-2 font-semibold text-brand-900">
        {lineName}
      </h3>
      <LazyComparisonChart
        periods={periods.map((period) => format.period(kind, period, 'short'))}
        series={series.map(({ name, points }) => ({
          name,
          scores: points.map((point) => (point && !point.suppressed ? point.score : null)),
        }))}
        description={t('chartDescription', {
          line: lineName,
          departments: names,
          from: format.period(kind, periods[0]!),
          to: format.period(kind, periods.at(-1)!),
        })}
      />
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{trends('table.show')}</summary>
        <ScrollRegion
          cue={common('scrollCue')}
          label={t('caption', { line: lineName, departments: names })}
          className="mt-2"
        >
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left text-slate-600">
              {t('caption', { line: lineName, departments: names })}
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-2 py-1.5 font-semibold">
                  {trends('table.period')}
                </th>
                {series.map(({ name }) => (
                  <th key={name} scope="col" className="px-2 py-1.5 text-right font-semibold">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {newestFirst.map(({ period, index }) => (
                <tr key={period} className="border-t border-slate-100">
                  <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white px-2 py-1.5 font-medium">
                    {format.period(kind, period)}
                  </th>
                  {series.map(({ name, points }) => (
                    <td key={name} className="px-2 py-1.5 text-right tabular-nums">
                      <CellScore cell={points[index]} minGroupSize={minGroupSize} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {heldBack ? <HeldBackNote /> : null}
      </details>
    </article>
  );
}
