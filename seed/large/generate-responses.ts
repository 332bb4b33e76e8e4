import { startOfUtcDay, toDateString } from '@/seed/plan/dates';
import { chooseComment } from '@/seed/demo/demo-comments';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import type { Random } from '@/seed/plan/random';
import { lineMeans, lineOf } from '@/seed/plan/line-means';
import { membersByTeamOn } from '@/seed/plan/members-on';
import type { PlannedPulse } from '@/seed/plan/plan-types';
import { expectedLineScore } from '@/seed/plan/team-lines';
import type { LargeOrganisation } from './large-types';

const PERSON_OFFSET_SD = 0.3;
const ANSWER_NOISE_SD = 0.8;
const COMMENT_SHARE = 0.03;
/** The open pulse has so far drawn about this share of a closed pulse's respondents. */
const OPEN_PULSE_SHARE = 0.55;

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
 * following each team's lines. A team's shortfall against its participation rate is carried to the
 * next pulse, so that its participation over the history stays at its rate.
 */
export function generateResponses(random: Random, today: Date, organisation: LargeOrganisation, pulses: readonly PlannedPulse[]): ResponseTable {
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
  const maxPersonId = organisation.people.reduce((max, person) => Math.max(max, person.id), 0);
  const offsets = new Float64Array(maxPersonId + 1).map(() => random.normal(0, PERSON_OFFSET_SD));
  const english = new Set(organisation.people.filter((person) => person.locale === 'en').map((person) => person.id));
  const employeeAccount = organisation.people.find((person) => person.email === DEMO_ACCOUNTS.employee.email)?.id;
  const shortfall = new Map<number, number>();
  const stays = organisation.memberships.map((stay) => ({ ...stay, team: stay.teamId, person: stay.personId }));

  pulses.forEach((pulse, pulseIndex) => {
    const open = pulseIndex === pulses.length - 1;
    // Answers to the open pulse all lie before the start of today, hence before now.
    const windowMs = (open ? startOfUtcDay(today).getTime() : pulse.closesAt.getTime()) - pulse.opensAt.getTime();
    const lines = pulse.itemIndexes.map(lineOf);
    const members = membersByTeamOn(stays, toDateString(pulse.opensAt));
    for (const team of organisation.teams) {
      const teamMembers = members.get(team.id) ?? [];
      // employee@ leaves the open pulse unanswered, so that a demo can start by answering it.
      const candidates = open ? teamMembers.filter((id) => id !== employeeAccount) : teamMembers;
      const rate = team.lines.participation;
      const target = open ? rate * OPEN_PULSE_SHARE * teamMembers.length : rate * teamMembers.length + (shortfall.get(team.id) ?? 0);
      const spread = Math.max(0.7, 0.5 * Math.sqrt(teamMembers.length * rate * (1 - rate)));
      const count = Math.min(candidates.length, Math.max(0, Math.round(target + random.normal(0, spread))));
      if (!open) shortfall.set(team.id, target - count);
      const expected = lines.map((line) => expectedLineScore(team.lines, line, pulseIndex, pulses.length));

      for (const personId of random.shuffle(candidates).slice(0, count)) {
        const row = table.count++;
        table.pulseIndex[row] = pulseIndex;
        table.personId[row] = personId;
        table.teamId[row] = team.id;
        // Most people answer early in the window.
        table.submittedMs[row] = Math.floor((pulse.opensAt.getTime() + random.uniform(0, 1) ** 2 * windowMs) / 1000) * 1000;
        const offset = offsets[personId] ?? 0;
        expected.forEach((score, item) => {
          table.scores[row * itemsPerPulse + item] = Math.min(5, Math.max(1, Math.round(score + offset + random.normal(0, ANSWER_NOISE_SD))));
        });
        if (random.bernoulli(COMMENT_SHARE)) {
          const scores = table.scores.subarray(row * itemsPerPulse, (row + 1) * itemsPerPulse);
          const body = chooseComment(random, lineMeans(lines, scores), english.has(personId) ? 'en' : 'nl');
          table.comments.push({ responseId: row + 1, body, createdMs: table.submittedMs[row] ?? 0 });
        }
      }
    }
  });
  return table;
}
