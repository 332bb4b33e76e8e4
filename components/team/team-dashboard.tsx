import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { ConnectionScoreSection } from '@/components/reports/connection-score-section';
import { PeriodSwitch } from '@/components/reports/period-switch';
import { getReportFormat } from '@/components/reports/report-format';
import { ShownPeriod } from '@/components/reports/shown-period';
import type { TeamInScope } from '@/lib/server/team/leader-teams';
import { listLeaderActions } from '@/lib/server/team/leader-actions';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { getQuestionResults } from '@/lib/server/reports/question-results';
import { getTeamResults } from '@/lib/server/reports/team-results';
import { getTeamComments } from '@/lib/server/team/team-comments';
import { getTeamParticipation } from '@/lib/server/team/team-participation';
import { unitAccess } from '@/lib/server/access/unit-access';
import type { Viewer } from '@/lib/server/access/viewer';
import { selectGuidance } from '@/lib/domain/guidance/select-guidance';
import { weakestQuestions } from '@/lib/domain/guidance/weakest-questions';
import { departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { QuestionResults } from '@/components/reports/question-results';
import type { HeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';
import { type ReportViewQuery, reportViewSearch } from '@/lib/domain/reports/report-view-query';
import { periodsInRange } from '@/lib/domain/reports/trend-range';
import { tooSmallForResults } from '@/lib/domain/reports/too-small-team';
import { GuidanceSection } from './guidance-section';
import { LeaderActionsSection } from './leader-actions-section';
import { SmallTeamNotice } from './small-team-notice';
import { TeamCommentsSection } from './team-comments-section';
import { TeamNowSection } from './team-now-section';
import { TeamReportLink } from './team-report-link';
import { TeamTimeHeatmap } from './team-time-heatmap';
import { TeamTrendSection } from './team-trend-section';

interface TeamDashboardProps {
  viewer: Viewer;
  team: TeamInScope;
  query: ReportViewQuery;
  basePath: string;
  /** Back to the viewer's other teams (a leader of several), to the organisation (HR), or nowhere. */
  backLink: 'teams' | 'organisation' | null;
  /** Whether the viewer records the team's actions: its leaders do, HR only reads them. */
  recordsActions: boolean;
  /** What the heatmap over time shows: scores, or the differences from the organisation. */
  mode: HeatmapMode;
}

const BACK_LINKS = {
  teams: { href: '/team', key: 'allTeams' },
  organisation: { href: '/org', key: 'organisation' },
} as const;

/** One team for its leader (or HR): how the lines are now, how they moved, what to do about it, and what the team wrote. */
export async function TeamDashboard({
  viewer,
  team,
  query,
  basePath,
  backLink,
  recordsActions,
  mode,
}: TeamDashboardProps) {
  const [{ trends, at }, participation, actions, thresholds, t, format] = await Promise.all([
    getTeamResults(viewer, team.id, query.period, query.at),
    getTeamParticipation(viewer, team.id),
    listLeaderActions(viewer, team.id),
    getAnonymityThresholds(),
    getTranslations('team'),
    getReportFormat(),
  ]);
  const periods = trends.lines[0]?.points.map((point) => point.period) ?? [];
  const atIndex = at === null ? -1 : periods.indexOf(at);
  const nowCells = trends.lines.flatMap(({ line, points }) =>
    points[atIndex] ? [{ line, cell: points[atIndex] }] : [],
  );
  const choices = selectGuidance(nowCells);
  const comments = at === null ? null : await getTeamComments(viewer, team.id, query.period, at);
  const questions = at === null ? null : await getQuestionResults(viewer, teamUnit(team.id), query.period, at);
  const inRange = periodsInRange(periods, query.period, query.range);
  const periodName = at === null ? '' : format.period(query.period, at);
  const previous = atIndex > 0 ? format.period(query.period, periods[atIndex - 1]!) : null;
  const shown = { kind: query.period, at, newest: periods.at(-1), picked: query.at === at, pending: trends.pending };

  const header = (
    <PageHeader title={team.name}>
      <p>{t('teamIntro', { department: team.departmentName, members: team.memberCount })}</p>
      {backLink ? (
        <Link
          href={BACK_LINKS[backLink].href}
          className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-2"
        >
          {t(BACK_LINKS[backLink].key)}
        </Link>
      ) : null}
    </PageHeader>
  );
  // A team below k that never had a result of its own gets one explanation, not a page of empty cards.
  if (tooSmallForResults(team.memberCount, trends, thresholds.minGroupSize)) {
    const seesDepartment = await unitAccess(viewer, departmentUnit(team.departmentId));
    return (
      <>
        {header}
        <SmallTeamNotice
          team={team}
          minGroupSize={thresholds.minGroupSize}
          departmentHref={seesDepartment ? `/org/departments/${team.departmentId}?period=${query.period}` : null}
        />
        <TeamReportLink teamId={team.id} period={{ kind: query.period, at, name: periodName }} />
        <LeaderActionsSection
          teamId={team.id}
          actions={actions}
          defaultLine={1}
          defaultOwner={viewer.name}
          editable={recordsActions}
        />
      </>
    );
  }

  return (
    <>
      {header}
      <PeriodSwitch
        basePath={basePath}
        query={query}
        at={at}
        periods={[...periods]
          .reverse()
          .map((period) => ({ value: period, label: format.period(query.period, period) }))}
      />
      {at === null ? (
        trends.pending ? (
          <ShownPeriod {...shown} />
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-5">{t('noResults')}</p>
        )
      ) : (
        <>
          <ConnectionScoreSection
            cell={trends.connection.points[atIndex]!}
            previousPeriod={previous}
            comparison={trends.comparisons[atIndex] ?? null}
            departmentName={team.departmentName}
            minGroupSize={thresholds.minGroupSize}
          />
          <TeamNowSection
            teamId={team.id}
            shown={shown}
            previousPeriod={previous}
            cells={nowCells}
            minGroupSize={thresholds.minGroupSize}
            participation={participation}
          />
          <TeamTrendSection
            teamName={team.name}
            kind={query.period}
            periods={inRange}
            trends={trends}
            actions={actions}
            minGroupSize={thresholds.minGroupSize}
          />
          <TeamTimeHeatmap
            teamName={team.name}
            kind={query.period}
            periods={inRange}
            trends={trends}
            minGroupSize={thresholds.minGroupSize}
            mode={mode}
            modeHref={(choice) => `${basePath}?${reportViewSearch(query, at, choice)}#time-heatmap-title`}
          />
          <QuestionResults viewer={viewer} unit={teamUnit(team.id)} kind={query.period} at={at} />
          <GuidanceSection
            choices={choices}
            recordsActions={recordsActions}
            weakestQuestions={weakestQuestions(questions?.lines ?? [])}
          />
          <LeaderActionsSection
            teamId={team.id}
            actions={actions}
            defaultLine={choices[0]?.line ?? 1}
            defaultOwner={viewer.name}
            editable={recordsActions}
          />
          <TeamCommentsSection comments={comments} period={periodName} />
          <TeamReportLink teamId={team.id} period={{ kind: query.period, at, name: periodName }} />
        </>
      )}
    </>
  );
}
