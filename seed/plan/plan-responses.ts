import type { Locale } from '@/db/schema';
import { chooseComment } from '@/seed/demo/demo-comments';
import { startOfUtcDay, toDateString } from './dates';
import { lineMeans, lineOf } from './line-means';
import { membersByTeamOn } from './members-on';
import type { PlannedPulse } from './plan-types';
import type { Random } from './random';
import { type TeamLines, expectedLineScore } from './team-lines';

/** How far a person's answers lie from their team's expected score, and how much one answer strays (the simulation in lib/stats draws answers alike). */
export const PERSON_OFFSET_SD = 0.3;
export const ANSWER_NOISE_SD = 0.8;
/** The open pulse has so far drawn about this share of a closed pulse's respondents. */
const OPEN_PULSE_SHARE = 0.55;
/** Week-to-week spread in a small team's number of respondents. */
export const RESPONDENT_COUNT_SD = 0.7;

/** Who answers, by id: person i + 1 is people[i]; stays and teams refer to these ids. */
export interface RespondingOrganisation {
  people: readonly { locale: Locale }[];
  teams: readonly { id: number; lines: TeamLines }[];
  memberships: readonly { personId: number; teamId: number; validFrom: string; validTo: string | null }[];
  /** The person who leaves the open pulse unanswered, so that a demo can start by answering it. */
  openPulseAbstainer: number | undefined;
}

/** How people answer beyond their team's lines: the share who comment, and the spread of a team's respondent count. */
export interface AnswerHabits {
  commentShare: number;
  respondentSpread: (members: number, participation: number) => number;
}

/**
 * Every response as columns of typed arrays (1.5 million objects would not fit comfortably):
 * response i has id i + 1 and its answers at scores[i * itemsPerPulse …], in the pulse's item order.
 */
export interface ResponseTable {
  count: number;
  itemsPerPulse: number;
  pulseIndex: Int32Array;
  personId: Int32Array;
  teamId: Int32Array;
  submittedMs: Float64Array;
  scores: Uint8Array;
  comments: { responseId: number; body: string; createdMs: number }[];
}

/**
 * Who answered which pulse, for the team they were in when it opened, and what they answered,
 * following each team's lines. Each week a team's respondent count varies, but what it falls short
 * of (or exceeds) its rate is carried to the next closed pulse, so its participation over the
 * history stays at its rate.
 */
export function planResponses(
  random: Random,
  today: Date,
  pulses: readonly PlannedPulse[],
  organisation: RespondingOrganisation,
  habits: AnswerHabits,
): ResponseTable {
  const itemsPerPulse = pulses[0]?.itemIndexes.length ?? 0;
  const capacity = organisation.people.length * pulses.length;
  const table: ResponseTable = {
    count: 0,
    itemsPerPulse,
    pulseIndex: new Int32Array(capacity),
    personId: new Int32Array(capacity),
    teamId: new Int32Array(capacity),
    submittedMs: new Float64Array(capacity),
    scores: new Uint8Array(capacity * itemsPerPulse),
    comments: [],
  };
  const offsets = Float64Array.from(organisation.people, () => random.normal(0, PERSON_OFFSET_SD));
  const linesOf = new Map(organisation.teams.map((team) => [team.id, team.lines]));
  const shortfall = new Map<number, number>();

  pulses.forEach((pulse, pulseIndex) => {
    const open = pulseIndex === pulses.length - 1;
    // Answers to the open pulse all lie before the start of today, hence before now.
    const windowMs = (open ? startOfUtcDay(today).getTime() : pulse.closesAt.getTime()) - pulse.opensAt.getTime();
    const itemLines = pulse.itemIndexes.map(lineOf);
    for (const [teamId, members] of membersByTeamOn(organisation.memberships, toDateString(pulse.opensAt))) {
      const lines = linesOf.get(teamId);
      if (!lines) throw new Error(`no lines planned for team ${teamId}`);
      const candidates = open ? members.filter((id) => id !== organisation.openPulseAbstainer) : members;
      const rate = lines.participation;
      const target = open
        ? rate * OPEN_PULSE_SHARE * members.length
        : rate * members.length + (shortfall.get(teamId) ?? 0);
      const spread = habits.respondentSpread(members.length, rate);
      const count = clamp(Math.round(target + random.normal(0, spread)), 0, candidates.length);
      if (!open) shortfall.set(teamId, target - count);
      const expected = itemLines.map((line) => expectedLineScore(lines, line, pulseIndex, pulses.length));

      for (const personId of random.shuffle(candidates).slice(0, count)) {
        const row = table.count++;
        const offset = offsets[personId - 1] ?? 0;
        const first = row * itemsPerPulse;
        expected.forEach((score, item) => {
          table.scores[first + item] = clamp(Math.round(score + offset + random.normal(0, ANSWER_NOISE_SD)), 1, 5);
        });
        // Most people answer early in the window.
        const submittedMs = pulse.opensAt.getTime() + random.uniform(0, 1) ** 2 * windowMs;
        table.pulseIndex[row] = pulseIndex;
        table.personId[row] = personId;
        table.teamId[row] = teamId;
        table.submittedMs[row] = Math.floor(submittedMs / 1000) * 1000;
        if (random.bernoulli(habits.commentShare)) {
          const locale = organisation.people[personId - 1]?.locale ?? 'nl';
          const scores = table.scores.subarray(first, first + itemsPerPulse);
          const body = chooseComment(random, lineMeans(itemLines, scores), locale);
          table.comments.push({ responseId: row + 1, body, createdMs: table.submittedMs[row] ?? 0 });
        }
      }
    }
  });
  return table;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
