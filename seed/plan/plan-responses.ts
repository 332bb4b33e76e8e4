import { chooseComment } from '@/seed/demo/demo-comments';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { startOfUtcDay, toDateString } from './dates';
import { lineMeans, lineOf } from './line-means';
import { membersByTeamOn } from './members-on';
import type { DemoPlan, PlannedPulse, PlannedResponse } from './plan-types';
import type { Random } from './random';
import { type TeamLines, expectedLineScore } from './team-lines';

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
  teamLines: ReadonlyMap<string, TeamLines>,
): PlannedResponse[] {
  const offsets = new Map(organisation.people.map((person) => [person.email, random.normal(0, PERSON_OFFSET_SD)]));
  const locales = new Map(organisation.people.map((person) => [person.email, person.locale]));
  const shortfall = new Map<string, number>();
  const responses: PlannedResponse[] = [];
  const stays = organisation.memberships.map((stay) => ({ ...stay, person: stay.email }));

  pulses.forEach((pulse, pulseIndex) => {
    const open = pulseIndex === pulses.length - 1;
    // Answers to the open pulse all lie before the start of today, hence before now.
    const windowEnd = open ? startOfUtcDay(today) : pulse.closesAt;
    for (const [team, members] of membersByTeamOn(stays, toDateString(pulse.opensAt))) {
      const lines = teamLines.get(team);
      if (!lines) throw new Error(`no lines planned for team ${team}`);
      // employee@ leaves the open pulse unanswered, so the demo can start by answering it.
      const candidates = open ? members.filter((email) => email !== DEMO_ACCOUNTS.employee.email) : members;
      const target = open
        ? lines.participation * OPEN_PULSE_SHARE * members.length
        : lines.participation * members.length + (shortfall.get(team) ?? 0);
      const count = clamp(Math.round(target + random.normal(0, RESPONDENT_COUNT_SD)), 0, candidates.length);
      if (!open) shortfall.set(team, target - count);

      for (const email of random.shuffle(candidates).slice(0, count)) {
        const offset = offsets.get(email) ?? 0;
        const answers = pulse.itemIndexes.map((itemIndex) => ({
          itemIndex,
          score: toScale(
            expectedLineScore(lines, lineOf(itemIndex), pulseIndex, pulses.length) + offset + random.normal(0, ANSWER_NOISE_SD),
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
            ? chooseComment(
                random,
                lineMeans(answers.map((answer) => lineOf(answer.itemIndex)), answers.map((answer) => answer.score)),
                locales.get(email) ?? 'nl',
              )
            : null,
        });
      }
    }
  });
  return responses;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function toScale(latent: number): number {
  return clamp(Math.round(latent), 1, 5);
}
