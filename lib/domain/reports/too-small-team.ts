import type { TeamTrends } from './team-trends';

/** A team below k that never had a result of its own: it gets one explanation, not empty figures. */
export function tooSmallForResults(memberCount: number, trends: TeamTrends, minGroupSize: number): boolean {
  return memberCount < minGroupSize && trends.lines.every(({ points }) => points.every((point) => point.suppressed));
}
