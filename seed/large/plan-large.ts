import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS } from '@/seed/demo/demo-structure';
import { createRandom } from '@/seed/plan/random';
import { planPulses } from '@/seed/plan/plan-pulses';
import { type AnswerHabits, type ResponseTable, planResponses } from '@/seed/plan/plan-responses';
import type { PlannedPulse } from '@/seed/plan/plan-types';
import type { LargeOrganisation, LargeSizes } from './large-types';
import { planPeople } from './plan-people';
import { planStructure } from './plan-structure';

const LARGE_SEED = 20_260_107;
/** Fewer comments than the demo; a large team's respondent count varies as a binomial draw would. */
const LARGE_HABITS: AnswerHabits = {
  commentShare: 0.03,
  respondentSpread: (members, participation) =>
    Math.max(0.7, 0.5 * Math.sqrt(members * participation * (1 - participation))),
};

export interface LargePlan {
  organisation: LargeOrganisation;
  pulses: PlannedPulse[];
  responses: ResponseTable;
}

/** People in the demo part: its accounts plus the generated members of its teams. */
export const DEMO_PART_PEOPLE =
  Object.keys(DEMO_ACCOUNTS).length +
  DEMO_DEPARTMENTS.flatMap((d) => d.teams).reduce(
    (sum, team) => sum + team.size - Object.values(DEMO_ACCOUNTS).filter((a) => a.team === team.name).length,
    0,
  );

/** The whole large organisation, deterministic for given sizes and `today` (dates shift with it). */
export function planLarge(today: Date, sizes: LargeSizes): LargePlan {
  // Separate streams, so that a change to the organisation does not reshuffle every answer.
  const organisationRandom = createRandom(LARGE_SEED);
  const responseRandom = createRandom(LARGE_SEED + 1);
  const pulses = planPulses(today, sizes.weeks);
  const structure = planStructure(organisationRandom, sizes, sizes.employees - DEMO_PART_PEOPLE);
  const organisation = planPeople(organisationRandom, structure, pulses);
  const openPulseAbstainer = organisation.people.find((person) => person.email === DEMO_ACCOUNTS.employee.email)?.id;
  const responses = planResponses(responseRandom, today, pulses, { ...organisation, openPulseAbstainer }, LARGE_HABITS);
  return { organisation, pulses, responses };
}
