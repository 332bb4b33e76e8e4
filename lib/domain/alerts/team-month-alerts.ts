import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';
import type { AlertKind } from './alert-kinds';

/** The period kind alerts are about: the team page's own. */
export const ALERT_PERIOD_KIND = 'month';

export interface TeamMonthAlert {
  kind: Exclude<AlertKind, 'conversation'>;
  teamId: number;
  period: string;
  line: ConnectionLine | null;
  /** Names the event, so that it is alerted once. */
  key: string;
  link: string;
}

/** The team page at the month, where everything a month's alert is about is shown. */
export const teamMonthLink = (teamId: number, month: string) => `/team/${teamId}?period=month&at=${month}`;

/**
 * What a newly published month tells a team's leaders, read from the team's trend view exactly as the
 * team page shows it: its results (when shown), each line whose fall the view flags as clear evidence,
 * and its comments (when shown). A hidden month tells nothing, so no alert says more than the page.
 */
export function teamMonthAlerts(trends: TeamTrends, month: string, commentsShown: boolean): TeamMonthAlert[] {
  const points = trends.lines.map(({ line, points }) => ({
    line,
    point: points.find((cell) => cell.period === month),
  }));
  const alert = (kind: TeamMonthAlert['kind'], line: ConnectionLine | null): TeamMonthAlert => ({
    kind,
    teamId: trends.teamId,
    period: month,
    line,
    key: [kind, trends.teamId, ALERT_PERIOD_KIND, month, line ?? ''].join(':'),
    link: teamMonthLink(trends.teamId, month),
  });
  if (!points.some(({ point }) => point && !point.suppressed)) return [];
  return [
    alert('published', null),
    ...points
      .filter(({ point }) => point?.significant && (point.change ?? 0) < 0)
      .map(({ line }) => alert('drop', line)),
    ...(commentsShown ? [alert('comments', null)] : []),
  ];
}
