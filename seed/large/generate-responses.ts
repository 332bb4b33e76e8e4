import { startOfUtcDay, toDateString } from '@/seed/plan/dates';
import { chooseComment } from '@/seed/demo/demo-comments';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { QUESTION_BANK } from '@/seed/plan/question-bank';
import type { Random } from '@/seed/plan/random';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { LargeMembership, LargeOrganisation, LargePulse } from './large-types';
import { expectedLineScore } from './team-lines';

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
export function generateResponses(random: Random, today: Date, organisation: LargeOrganisation, pulses: readonly LargePulse[]): ResponseTable {
  const itemsPerPulse = pulses[0]?.itemIds.length ?? 0;
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

  pulses.forEach((pulse, pulseIndex) => {
    const open = pulseIndex === pulses.length - 1;
    // Answers to the open pulse all lie before the start of today, hence before now.
    const windowMs = (open ? startOfUtcDay(today).getTime() : pulse.closesAt.getTime()) - pulse.opensAt.getTime();
    const lines = pulse.itemIds.map(lineOfItem);
    const members = membersByTeamOn(organisation.memberships, toDateString(pulse.opensAt));
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

/** The members of every team on a date, a stay counting from valid_from up to (not including) valid_to. */
function membersByTeamOn(memberships: readonly LargeMembership[], date: string): Map<number, number[]> {
  const byTeam = new Map<number, number[]>();
  for (const stay of memberships) {
    if (stay.validFrom > date || (stay.validTo !== null && stay.validTo <= date)) continue;
    const members = byTeam.get(stay.teamId);
    if (members) members.push(stay.personId);
    else byTeam.set(stay.teamId, [stay.personId]);
  }
  return byTeam;
}

function lineOfItem(itemId: number): ConnectionLine {
  const item = QUESTION_BANK[itemId - 1];
  if (!item) throw new Error(`no question bank item with id ${itemId}`);
  return item.line;
}

function lineMeans(lines: readonly ConnectionLine[], scores: Uint8Array): Map<ConnectionLine, number> {
  const sums = new Map<ConnectionLine, { total: number; count: number }>();
  lines.forEach((line, item) => {
    const sum = sums.get(line) ?? { total: 0, count: 0 };
    sums.set(line, { total: sum.total + (scores[item] ?? 0), count: sum.count + 1 });
  });
  return new Map([...sums].map(([line, { total, count }]) => [line, total / count]));
}
