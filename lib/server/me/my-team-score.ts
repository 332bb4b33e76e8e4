import 'server-only';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { HiddenReason } from '@/lib/domain/reports/report-data';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { getMyProfile } from './my-profile';

/** The period kind "your team's score" is given for: the grain an ordinary team always sees. */
const KIND = 'month';

export type MyTeamScore =
  | { status: 'no-team' }
  | { status: 'none'; teamName: string }
  | { status: 'pending'; teamName: string; period: string; publishedAfter: string }
  | { status: 'hidden'; teamName: string; period: string; reason: HiddenReason }
  | { status: 'shown'; teamName: string; period: string; cell: ReportCell };

/**
 * The connection score of the viewer's current team in its latest published month, as every report
 * shows it (the same published cell, nothing else), or why there is none: hidden as it was decided,
 * not published yet, or no results at all.
 */
export async function getMyTeamScore(viewer: Viewer): Promise<MyTeamScore> {
  assertPermission(viewer, 'survey:answer');
  const { currentTeam } = await getMyProfile(viewer);
  if (!currentTeam) return { status: 'no-team' };
  const teamName = currentTeam.teamName;
  const trends = await getTeamTrends(viewer, currentTeam.teamId, KIND);
  const latest = trends.connection.points.at(-1);
  if (!latest) {
    return trends.pending
      ? { status: 'pending', teamName, period: trends.pending.period, publishedAfter: trends.pending.publishedAfter }
      : { status: 'none', teamName };
  }
  if (latest.suppressed)
    return { status: 'hidden', teamName, period: latest.period, reason: latest.hidden ?? 'too-few' };
  return { status: 'shown', teamName, period: latest.period, cell: latest };
}
