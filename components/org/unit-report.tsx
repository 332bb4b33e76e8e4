import { getTranslations } from 'next-intl/server';
import { type ReactNode, Suspense } from 'react';
import { ConnectionScoreSection } from '@/components/reports/connection-score-section';
import { PeriodSwitch } from '@/components/reports/period-switch';
import { ResultsLoading } from '@/components/reports/results-loading';
import { getReportFormat } from '@/components/reports/report-format';
import { ShownPeriod } from '@/components/reports/shown-period';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { getOrgHeatmapView } from '@/lib/server/reports/org-heatmap';
import { getParticipationOverTime } from '@/lib/server/reports/participation-over-time';
import type { ReportUnit } from '@/lib/server/reports/report-unit';
import { getUnitTrends } from '@/lib/server/reports/unit-trends';
import type { Viewer } from '@/lib/server/access/viewer';
import type { OrgViewQuery } from '@/lib/domain/heatmap-views/org-view-query';
import { periodsInRange } from '@/lib/domain/reports/trend-range';
import { OrgHeatmapSection } from './org-heatmap-section';
import { ParticipationOverTimeSection } from './participation-over-time-section';
import { TrendSection } from '@/components/reports/trend-section';
import { QuestionResults } from '@/components/reports/question-results';

interface UnitReportProps {
  viewer: Viewer;
  unit: ReportUnit;
  query: OrgViewQuery;
  basePath: string;
  /** What the page adds between the heatmap and the trend (the comparison, on /org). */
  children?: ReactNode;
}

/**
 * The organisation or one department for HR: its departments and teams side by side, its own trend,
 * and participation over time. Streamed: the page around it is sent while the published cells are read.
 */
export function UnitReport(props: UnitReportProps) {
  return (
    <Suspense fallback={<ResultsLoading />}>
      <UnitReportContent {...props} />
    </Suspense>
  );
}

async function UnitReportContent({ viewer, unit, query, basePath, children }: UnitReportProps) {
  const [view, trends, thresholds, t, format] = await Promise.all([
    getOrgHeatmapView(
      viewer,
      unit.unit,
      query.period,
      query.at,
      { expand: query.expand, sort: query.sort },
      'show-latest',
    ),
    getUnitTrends(viewer, unit.unit, query.period),
    getAnonymityThresholds(),
    getTranslations('org'),
    getReportFormat(),
  ]);
  const switcher = (
    <PeriodSwitch
      basePath={basePath}
      query={query}
      at={view.at}
      periods={[...view.available]
        .reverse()
        .map((period) => ({ value: period, label: format.period(query.period, period) }))}
    />
  );
  const shown = (
    <ShownPeriod
      kind={query.period}
      at={view.at}
      newest={view.available.at(-1)}
      picked={query.at === view.at}
      pending={view.pending}
    />
  );
  if (view.at === null) {
    return (
      <>
        {switcher}
        {view.pending ? shown : <p className="rounded-lg border border-slate-200 bg-white p-5">{t('noResults')}</p>}
      </>
    );
  }
  const participation = await getParticipationOverTime(viewer, unit.unit, query.period, view.at);
  const period = format.period(query.period, view.at);
  const { minGroupSize } = thresholds;
  const connectionPoints = trends.connection.points;
  const atIndex = connectionPoints.findIndex((point) => point.period === view.at);
  const connectionNow = connectionPoints[atIndex];
  const previousPeriod = atIndex > 0 ? format.period(query.period, connectionPoints[atIndex - 1]!.period) : null;
  const trendPeriods = periodsInRange(
    trends.lines[0]?.points.map((point) => point.period) ?? [],
    query.period,
    query.range,
  );
  return (
    <>
      {switcher}
      {shown}
      {connectionNow ? (
        <ConnectionScoreSection
          cell={connectionNow}
          previousPeriod={previousPeriod}
          comparison={view.references.find((reference) => reference.kind === 'department')?.comparison ?? null}
          departmentName={null}
          minGroupSize={minGroupSize}
        />
      ) : null}
      <OrgHeatmapSection
        view={view}
        query={query}
        basePath={basePath}
        title={unit.name === null ? t('heatmap.title') : t('heatmap.departmentTitle', { department: unit.name })}
        intro={t('heatmap.intro')}
        caption={
          unit.name === null
            ? t('heatmap.caption', { period })
            : t('heatmap.departmentCaption', { department: unit.name, period })
        }
        minGroupSize={minGroupSize}
        showAggregates={unit.name === null}
      />
      {children}
      <TrendSection
        title={unit.name === null ? t('trend.title') : t('trend.departmentTitle', { department: unit.name })}
        unitName={unit.name ?? t('organisation')}
        kind={query.period}
        periods={trendPeriods}
        lines={trends.lines}
        minGroupSize={minGroupSize}
      />
      {unit.unit === 'org' ? null : (
        <QuestionResults viewer={viewer} unit={unit.unit} kind={query.period} at={view.at} />
      )}
      <ParticipationOverTimeSection participation={participation} />
    </>
  );
}
