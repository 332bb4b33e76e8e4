import { getTranslations } from 'next-intl/server';
import { HeatmapLegend } from '@/components/reports/heatmap-legend';
import { HeatmapModeSwitch } from '@/components/reports/heatmap-mode-switch';
import { HeatmapTable } from '@/components/reports/heatmap-table';
import { getReportFormat } from '@/components/reports/report-format';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { HeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { Difference, RowComparison } from '@/lib/domain/reports/comparisons';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';

interface TeamTimeHeatmapProps {
  teamName: string;
  kind: PeriodKind;
  periods: string[];
  trends: TeamTrends;
  minGroupSize: number;
  mode: HeatmapMode;
  modeHref: (mode: HeatmapMode) => string;
}

/**
 * The team over time: a row per period, newest first, a column for the connection score and one per
 * connection line; each cell leads to the trend.
 */
export async function TeamTimeHeatmap({
  teamName,
  kind,
  periods,
  trends,
  minGroupSize,
  mode,
  modeHref,
}: TeamTimeHeatmapProps) {
  const [t, trendsText, lines, connection, format] = await Promise.all([
    getTranslations('heatmap'),
    getTranslations('trends'),
    getTranslations('lines'),
    getTranslations('connection'),
    getReportFormat(),
  ]);
  if (periods.length === 0) return null;
  const measures: { key: string; label: string; points: ReportCell[]; of: (compared: RowComparison) => Difference }[] =
    [
      {
        key: 'connection',
        label: connection('column'),
        points: trends.connection.points,
        of: (compared) => compared.connection,
      },
      ...trends.lines.map(({ line, points }) => ({
        key: String(line),
        label: `${line} · ${lines(`${line}.name`)}`,
        points,
        of: (compared: RowComparison) => compared.lines[line - 1]!,
      })),
    ];
  const comparedWithOrganisation = (period: string) =>
    mode === 'compared' ? trends.comparisons.find((entry) => entry.period === period)?.organisation : undefined;
  return (
    <section aria-labelledby="time-heatmap-title" className="mb-10">
      <h2 id="time-heatmap-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t('time.title', { team: teamName })}
      </h2>
      <HeatmapModeSwitch mode={mode} hrefOf={modeHref} />
      <HeatmapTable
        caption={t('time.caption', { team: teamName, kind })}
        rowsLabel={trendsText('table.period')}
        columns={measures.map(({ key, label }) => ({ key, label }))}
        groups={[
          {
            key: 'periods',
            rows: [...periods].reverse().map((period) => {
              const compared = comparedWithOrganisation(period);
              return {
                key: period,
                header: format.period(kind, period, 'short'),
                cells: measures.map(({ points, of }) => ({
                  value: points.find((point) => point.period === period)!,
                  href: '#trend',
                  compared: compared ? of(compared) : undefined,
                })),
              };
            }),
          },
        ]}
        minGroupSize={minGroupSize}
        shortNames
      />
      {mode === 'compared' ? <p className="mt-3 text-sm text-slate-700">{connection('legend.compared')}</p> : null}
      <HeatmapLegend
        heldBack={trends.lines.some(({ points }) =>
          points.some((point) => point.heldBack && periods.includes(point.period)),
        )}
      />
    </section>
  );
}
