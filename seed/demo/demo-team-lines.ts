import { type TeamCourse, type TeamLines, planTeamLines } from '@/seed/plan/team-lines';
import type { Random } from '@/seed/plan/random';
import type { PlannedTeam } from '@/seed/plan/plan-types';
import {
  DEMO_DECLINING_DEPARTMENT,
  DEMO_IMPROVING_TEAMS,
  DEMO_INTEGRITY_DROP_PULSE_INDEX,
  DEMO_ROLE_DECLINE_LAST_STABLE_INDEX,
  DEMO_TEAM_B,
} from './demo-structure';

/**
 * Team B's role line: a slow slide over a quarter, the story a leader needs to hear early. Wherever
 * the month boundaries fall on the day of seeding, a month published before the decline's twelfth
 * week marks it.
 */
export const ROLE_DECLINE_WEEKS = 12;
const ROLE_DECLINE = {
  course: {
    startsAt: 3.9,
    change: {
      line: 2,
      from: DEMO_ROLE_DECLINE_LAST_STABLE_INDEX + 1,
      by: -1.8,
      over: ROLE_DECLINE_WEEKS,
      shape: 'linear',
    },
  },
  participation: [0.86, 0.92],
} as const satisfies { course: TeamCourse; participation: readonly [number, number] };
const INTEGRITY_DROP: TeamCourse = {
  change: { line: 4, from: DEMO_INTEGRITY_DROP_PULSE_INDEX, by: -1.0, over: 1, shape: 'linear' },
};
const PARTICIPATION = [0.55, 0.92] as const;

/** Each demo team's lines, in the teams' order: team B's role decline, the declining department, the improving teams. */
export function planDemoTeamLines(random: Random, teams: readonly PlannedTeam[], pulseCount: number): TeamLines[] {
  return teams.map((team) => {
    if (team.name === DEMO_TEAM_B) {
      return planTeamLines(random, ROLE_DECLINE.course, pulseCount, ROLE_DECLINE.participation);
    }
    const course: TeamCourse =
      team.department === DEMO_DECLINING_DEPARTMENT
        ? INTEGRITY_DROP
        : DEMO_IMPROVING_TEAMS.includes(team.name)
          ? 'improving'
          : 'stable';
    return planTeamLines(random, course, pulseCount, PARTICIPATION);
  });
}
