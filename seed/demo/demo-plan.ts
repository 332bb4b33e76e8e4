import { startOfUtcDay } from '@/seed/plan/dates';
import { planPulses } from '@/seed/plan/plan-pulses';
import { type AnswerHabits, RESPONDENT_COUNT_SD, type ResponseTable, planResponses } from '@/seed/plan/plan-responses';
import type { DemoPlan, PlannedPulse, PlannedResponse } from '@/seed/plan/plan-types';
import { createRandom } from '@/seed/plan/random';
import { DEMO_ACCOUNTS, DEMO_PULSE_COUNT } from './demo-structure';
import { planDemoTeamLines } from './demo-team-lines';
import { planOrganisation } from './plan-demo-organisation';

const DEMO_SEED = 20_240_917;
const DEMO_HABITS: AnswerHabits = { commentShare: 0.05, respondentSpread: () => RESPONDENT_COUNT_SD };

/**
 * The whole demo organisation as plain rows, with every date relative to `today`. Pure: the same
 * `today` always gives the same plan, and another `today` the same plan shifted in time.
 */
export function planDemoOrganisation(today: Date): DemoPlan {
  const day = startOfUtcDay(today);
  // Separate streams, so that a change to the organisation does not reshuffle every answer.
  const organisationRandom = createRandom(DEMO_SEED);
  const responseRandom = createRandom(DEMO_SEED + 1);

  const pulses = planPulses(day, DEMO_PULSE_COUNT);
  const organisation = planOrganisation(organisationRandom, day, pulses);
  const lines = planDemoTeamLines(responseRandom, organisation.teams, pulses.length);
  // The planner counts people and teams by id, 1… in the plan's order.
  const personId = idsOf(organisation.people.map((person) => person.email));
  const teamId = idsOf(organisation.teams.map((team) => team.name));
  const table = planResponses(
    responseRandom,
    today,
    pulses,
    {
      people: organisation.people,
      teams: lines.map((teamLines, index) => ({ id: index + 1, lines: teamLines })),
      memberships: organisation.memberships.map(({ email, team, validFrom, validTo }) => ({
        personId: personId(email),
        teamId: teamId(team),
        validFrom,
        validTo,
      })),
      openPulseAbstainer: personId(DEMO_ACCOUNTS.employee.email),
    },
    DEMO_HABITS,
  );
  const responses = namedResponses(table, pulses, organisation.people, organisation.teams);
  return { ...organisation, pulses, responses };
}

/** The planned responses with people by email and teams by name, as the demo is written and tested. */
function namedResponses(
  table: ResponseTable,
  pulses: readonly PlannedPulse[],
  people: readonly { email: string }[],
  teams: readonly { name: string }[],
): PlannedResponse[] {
  const comments = new Map(table.comments.map((comment) => [comment.responseId, comment.body]));
  return Array.from({ length: table.count }, (_, row) => {
    const pulseIndex = table.pulseIndex[row] ?? 0;
    return {
      pulseIndex,
      email: people[(table.personId[row] ?? 0) - 1]?.email ?? '',
      team: teams[(table.teamId[row] ?? 0) - 1]?.name ?? '',
      submittedAt: new Date(table.submittedMs[row] ?? 0),
      answers: (pulses[pulseIndex]?.itemIndexes ?? []).map((itemIndex, item) => ({
        itemIndex,
        score: table.scores[row * table.itemsPerPulse + item] ?? 0,
      })),
      comment: comments.get(row + 1) ?? null,
    };
  });
}

function idsOf(keys: readonly string[]): (key: string) => number {
  const ids = new Map(keys.map((key, index) => [key, index + 1]));
  return (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`demo plan: no id for ${key}`);
    return id;
  };
}
