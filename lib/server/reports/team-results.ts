import 'server-only';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { latestShownPeriod } from '@/lib/domain/reports/latest-shown-period';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';
import type { Viewer } from '@/lib/server/access/viewer';
import { getTeamTrends } from './reports';

export interface TeamResults {
  trends: TeamTrends;
  /**
   * The period shown: the one asked for when the team's trend has it, else the latest in which the
   * team's results are shown (the newest may be hidden for a small team), else the newest.
   */
  at: string | null;
}

/** A team's trend and the period its page shows, `at` being a preference. */
export async function getTeamResults(
  viewer: Viewer,
  teamId: number,
  kind: PeriodKind,
  at?: string,
): Promise<TeamResults> {
  const trends = await getTeamTrends(viewer, teamId, kind);
  const points = trends.lines[0]?.points ?? [];
  const periods = points.map((point) => point.period);
  if (at !== undefined && periods.includes(at)) return { trends, at };
  const shown = new Set(points.filter((point) => !point.suppressed).map((point) => point.period));
  return { trends, at: latestShownPeriod(periods, (period) => shown.has(period)) };
}
