import { startOfUtcDay, toDateString } from './dates';
import { chooseComment } from '../demo/demo-comments';
import { DEMO_ACCOUNTS } from '../demo/demo-structure';
import type { DemoPlan, PlannedAnswer, PlannedMembership, PlannedPulse, PlannedResponse } from './plan-types';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { QUESTION_BANK } from './question-bank';
import type { Random } from './random';
import { type TeamTrend, expectedScore } from '../demo/team-trends';

/** How far a person's answers lie from their team's expected score, and how much one answer strays (the simulation in lib/stats draws answers alike). */
export const PERSON_OFFSET_SD = 0.3;
export const ANSWER_NOISE_SD = 0.8;
const COMMENT_SHARE = 0.05;
/** The open pulse has so far drawn about this share of a closed pulse's respondents. */
const OPEN_PULSE_SHARE = 0.55;
/** Week-to-week spread in a team's number of respondents. */
export const RESPONDENT_COUNT_SD = 0.7;

/**
 * Who answered which pulse, for the team they were in when it opened, and what they answered.
 * Each week a team's respondent count varies, but what it falls short of (or exceeds) its rate is
 * carried to the next closed pulse, so its participation over the half year stays at its rate.
 */
export function planResponses(
  random: Random,
  today: Date,
  pulses: readonly PlannedPulse[],
  organisation: Pick<DemoPlan, 'people' | 'memberships'>,
  trends: ReadonlyMap<string, TeamTrend>,
): PlannedResponse[] {
  const offsets = new Map(organisation.people.map((person) => [person.email, random.normal(0, PERSON_OFFSET_SD)]));
  const locales = new Map(organisation.people.map((person) => [person.email, person.locale]));
  const shortfall = new Map<string, number>();
  const responses: PlannedResponse[] = [];

  pulses.forEach((pulse, pulseIndex) => {
    const open = pulseIndex === pulses.length - 1;
    // Answers to the open pulse all lie before the start of today, hence before now.
    const windowEnd = open ? startOfUtcDay(today) : pulse.closesAt;
    for (const [team, members] of membersByTeamOn(organisation.memberships, toDateString(pulse.opensAt))) {
      const trend = trends.get(team);
      if (!trend) throw new Error(`no trend planned for team ${team}`);
      // employee@ leaves the open pulse unanswered, so the demo can start by answering it.
      const candidates = open ? members.filter((email) => email !== DEMO_ACCOUNTS.employee.email) : members;
      const target = open
        ? trend.participation * OPEN_PULSE_SHARE * members.length
        : trend.participation * members.length + (shortfall.get(team) ?? 0);
      const count = clamp(Math.round(target + random.normal(0, RESPONDENT_COUNT_SD)), 0, candidates.length);
      if (!open) shortfall.set(team, target - count);

      for (const email of random.shuffle(candidates).slice(0, count)) {
        const offset = offsets.get(email) ?? 0;
        const answers = pulse.itemIndexes.map((itemIndex) => ({
          itemIndex,
          score: toScale(
            expectedScore(trend, lineOf(itemIndex), pulseIndex) + offset + random.normal(0, ANSWER_NOISE_SD),
          ),
        }));
        // Most people answer early in the week.
        const delayMs = random.uniform(0, 1) ** 2 * (windowEnd.getTime() - pulse.opensAt.getTime());
        const submittedMs = pulse.opensAt.getTime() + delayMs;
        responses.push({
          pulseIndex,
          email,
          team,
          submittedAt: new Date(Math.floor(submittedMs / 1000) * 1000),
          answers,
          comment: random.bernoulli(COMMENT_SHARE)
            ? chooseComment(random, lineScores(answers), locales.get(email) ?? 'nl')
            : null,
        });
      }
    }
  });
  return responses;
}

/** The members of every team on a date, a stay counting from valid_from up to (not including) valid_to. */
function membersByTeamOn(memberships: readonly PlannedMembership[], date: string): Map<string, string[]> {
  const byTeam = new Map<string, string[]>();
  for (const stay of memberships) {
    if (stay.validFrom > date || (stay.validTo !== null && stay.validTo <= date)) continue;
    const members = byTeam.get(stay.team);
    if (members) members.push(stay.email);
    else byTeam.set(stay.team, [stay.email]);
  }
  return byTeam;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function toScale(latent: number): number {
  return clamp(Math.round(latent), 1, 5);
}

function lineOf(itemIndex: number): ConnectionLine {
  const item = QUESTION_BANK[itemIndex];
  if (!item) throw new Error(`no question bank item at index ${itemIndex}`);
  return item.line;
}

function lineScores(answers: readonly PlannedAnswer[]): Map<ConnectionLine, number> {
  const sums = new Map<ConnectionLine, { total: number; count: number }>();
  for (const { itemIndex, score } of answers) {
    const sum = sums.get(lineOf(itemIndex)) ?? { total: 0, count: 0 };
    sums.set(lineOf(itemIndex), { total: sum.total + score, count: sum.count + 1 });
  }
  return new Map([...sums].map(([line, { total, count }]) => [line, total / count]));
}
