import { getTranslations } from 'next-intl/server';
import { HeatmapLegend } from '@/components/reports/heatmap-legend';
import { HeatmapTable } from '@/components/reports/heatmap-table';
import { getReportFormat } from '@/components/reports/report-format';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';

interface TeamTimeHeatmapProps {
  teamName: string;
  kind: PeriodKind;
  periods: string[];
  trends: TeamTrends;
  minGroupSize: number;
}

/** The team over time: a row per connection line, a column per period; each cell leads to the trend. */
export async function TeamTimeHeatmap({ teamName, kind, periods, trends, minGroupSize }: TeamTimeHeatmapProps) {
  const [t, lines, format] = await Promise.all([
    getTranslations('heatmap'),
    getTranslations('lines'),
    getReportFormat(),
  ]);
  if (periods.length === 0) return null;
  return (
    <section aria-labelledby="time-heatmap-title" className="mb-10">
      <h2 id="time-heatmap-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t('time.title')}
      </h2>
      <HeatmapTable
        caption={t('time.caption', { team: teamName, kind })}
        rowsLabel={t('line')}
        columns={periods.map((period) => ({ key: period, label: format.period(kind, period, 'short') }))}
        groups={[
          {
            key: 'lines',
            rows: trends.lines.map(({ line, points }) => ({
              key: String(line),
              header: `${line} · ${lines(`${line}.name`)}`,
              cells: periods.map((period) => ({
                value: points.find((point) => point.period === period)!,
                href: '#trend',
              })),
            })),
          },
        ]}
        minGroupSize={minGroupSize}
      />
      <HeatmapLegend
        heldBack={trends.lines.some(({ points }) =>
          points.some((point) => point.heldBack && periods.includes(point.period)),
        )}
      />
    </section>
  );
}
