import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PageHeader } from '@/components/page-header';
import { PeriodSwitch } from '@/components/reports/period-switch';
import { getReportFormat } from '@/components/reports/report-format';
import { ResultsLoading } from '@/components/reports/results-loading';
import { ShownPeriod } from '@/components/reports/shown-period';
import { ScopeHeatmapSection } from '@/components/team/scope-heatmap-section';
import { TeamChooser } from '@/components/team/team-chooser';
import { TeamDashboard } from '@/components/team/team-dashboard';
import { TeamScoreCards } from '@/components/team/team-score-cards';
import { listTeamsInScope } from '@/lib/server/team/leader-teams';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { getScopeHeatmap } from '@/lib/server/reports/scope-heatmap';
import { requirePageViewer } from '@/lib/server/access/session';
import type { Viewer } from '@/lib/server/access/viewer';
import { type HeatmapMode, heatmapModeOf } from '@/lib/domain/heatmap-views/heatmap-mode';
import { type ReportViewQuery, reportViewQuerySchema, reportViewSearch } from '@/lib/domain/reports/report-view-query';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

/** A leader's page, streamed: the page around it is sent while the results are read. */
export default async function TeamPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [viewer, params] = await Promise.all([requirePageViewer('team:view'), searchParams]);
  const query = reportViewQuerySchema.parse(params);
  return (
    <Suspense fallback={<ResultsLoading />}>
      <TeamPageContent viewer={viewer} query={query} mode={heatmapModeOf(params)} />
    </Suspense>
  );
}

async function TeamPageContent({ viewer, query, mode }: { viewer: Viewer; query: ReportViewQuery; mode: HeatmapMode }) {
  const teams = await listTeamsInScope(viewer);
  if (teams.length === 1)
    return (
      <TeamDashboard
        viewer={viewer}
        team={teams[0]!}
        query={query}
        mode={mode}
        basePath="/team"
        backLink={null}
        recordsActions
      />
    );

  const [t, format] = await Promise.all([getTranslations('team'), getReportFormat()]);
  if (teams.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} />
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('none')}</p>
      </>
    );
  }
  const [heatmap, thresholds] = await Promise.all([
    getScopeHeatmap(viewer, query.period, query.at),
    getAnonymityThresholds(),
  ]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <PeriodSwitch
        basePath="/team"
        query={query}
        at={heatmap.at}
        showRange={false}
        periods={[...heatmap.available]
          .reverse()
          .map((period) => ({ value: period, label: format.period(query.period, period) }))}
      />
      <ShownPeriod
        kind={query.period}
        at={heatmap.at}
        newest={heatmap.available.at(-1)}
        picked={query.at === heatmap.at}
        pending={heatmap.pending}
      />
      <TeamScoreCards heatmap={heatmap} minGroupSize={thresholds.minGroupSize} />
      <TeamChooser teams={teams} query={query} />
      <ScopeHeatmapSection
        heatmap={heatmap}
        minGroupSize={thresholds.minGroupSize}
        mode={mode}
        modeHref={(choice) => `/team?${reportViewSearch(query, heatmap.at, choice)}#scope-heatmap-title`}
      />
    </>
  );
}
