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

/** The team over time: a row per period, newest first, a column per connection line; each cell leads to the trend. */
export async function TeamTimeHeatmap({ teamName, kind, periods, trends, minGroupSize }: TeamTimeHeatmapProps) {
  const [t, trendsText, lines, format] = await Promise.all([
    getTranslations('heatmap'),
    getTranslations('trends'),
    getTranslations('lines'),
    getReportFormat(),
  ]);
  if (periods.length === 0) return null;
  return (
    <section aria-labelledby="time-heatmap-title" className="mb-10">
      <h2 id="time-heatmap-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t('time.title', { team: teamName })}
      </h2>
      <HeatmapTable
        caption={t('time.caption', { team: teamName, kind })}
        rowsLabel={trendsText('table.period')}
        columns={trends.lines.map(({ line }) => ({ key: String(line), label: `${line} · ${lines(`${line}.name`)}` }))}
        groups={[
          {
            key: 'periods',
            rows: [...periods].reverse().map((period) => ({
              key: period,
              header: format.period(kind, period, 'short'),
              cells: trends.lines.map(({ points }) => ({
                value: points.find((point) => point.period === period)!,
                href: '#trend',
              })),
            })),
          },
        ]}
        minGroupSize={minGroupSize}
        shortNames
      />
      <HeatmapLegend
        heldBack={trends.lines.some(({ points }) =>
          points.some((point) => point.heldBack && periods.includes(point.period)),
        )}
      />
    </section>
  );
}
