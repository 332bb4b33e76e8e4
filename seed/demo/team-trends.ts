import {
  DEMO_DECLINING_DEPARTMENT,
  DEMO_IMPROVING_TEAMS,
  DEMO_INTEGRITY_DROP_PULSE_INDEX,
  DEMO_PULSE_COUNT,
  DEMO_ROLE_DECLINE_LAST_STABLE_INDEX,
  DEMO_TEAM_B,
} from './demo-structure';
import type { PlannedTeam } from '../plan/plan-types';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { Random } from '../plan/random';

/** Team B's role line starts here and falls by ROLE_DECLINE over ROLE_DECLINE_WEEKS, then stays low. */
const ROLE_STABLE_SCORE = 3.9;
const ROLE_DECLINE = 1.8;
/**
 * A slow slide over a quarter, the story a leader needs to hear early: wherever the month boundaries
 * fall on the day of seeding, a month published before the decline's twelfth week marks it.
 */
export const ROLE_DECLINE_WEEKS = 12;
const INTEGRITY_DROP = 1.0;

/** How a team answers: its participation and the expected score per line, week by week. */
export interface TeamTrend {
  participation: number;
  baseline: Record<ConnectionLine, number>;
  /** Total rise over the half year, spread evenly over the pulses; 0 for a stable team. */
  improvement: number;
  roleDecline: boolean;
  integrityDrop: boolean;
}

/** The range a stable team's expected score per line is drawn from. */
export const BASELINE_RANGE = [3.3, 4.1] as const;

export function planTeamTrends(random: Random, teams: readonly PlannedTeam[]): Map<string, TeamTrend> {
  return new Map(
    teams.map((team) => {
      const improving = DEMO_IMPROVING_TEAMS.includes(team.name);
      const roleDecline = team.name === DEMO_TEAM_B;
      // Improving teams start lower so that their rise is not flattened against the top of the scale.
      const baselineMax = improving ? 3.7 : BASELINE_RANGE[1];
      const baseline = Object.fromEntries(
        CONNECTION_LINES.map((line) => [line, random.uniform(BASELINE_RANGE[0], baselineMax)]),
      ) as Record<ConnectionLine, number>;
      if (roleDecline) baseline[2] = ROLE_STABLE_SCORE;
      const trend: TeamTrend = {
        participation: roleDecline ? random.uniform(0.86, 0.92) : random.uniform(0.55, 0.92),
        baseline,
        improvement: improving ? random.uniform(0.5, 0.8) : 0,
        roleDecline,
        integrityDrop: team.department === DEMO_DECLINING_DEPARTMENT,
      };
      return [team.name, trend];
    }),
  );
}

/** The team's expected (unrounded) score on a line in the pulse with this index, 0 being the oldest. */
export function expectedScore(trend: TeamTrend, line: ConnectionLine, pulseIndex: number): number {
  const latest = DEMO_PULSE_COUNT - 1;
  let score = trend.baseline[line] + (trend.improvement * pulseIndex) / latest;
  if (trend.roleDecline && line === 2 && pulseIndex > DEMO_ROLE_DECLINE_LAST_STABLE_INDEX) {
    score -= ROLE_DECLINE * Math.min(1, (pulseIndex - DEMO_ROLE_DECLINE_LAST_STABLE_INDEX) / ROLE_DECLINE_WEEKS);
  }
  if (trend.integrityDrop && line === 4 && pulseIndex >= DEMO_INTEGRITY_DROP_PULSE_INDEX) score -= INTEGRITY_DROP;
  return score;
}
