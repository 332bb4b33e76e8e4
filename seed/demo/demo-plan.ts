import { startOfUtcDay } from '@/seed/plan/dates';
import { planPulses } from '@/seed/plan/plan-pulses';
import { planResponses } from '@/seed/plan/plan-responses';
import type { DemoPlan } from '@/seed/plan/plan-types';
import { createRandom } from '@/seed/plan/random';
import { DEMO_PULSE_COUNT } from './demo-structure';
import { planDemoTeamLines } from './demo-team-lines';
import { planOrganisation } from './plan-demo-organisation';

const DEMO_SEED = 20_240_917;

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
  const responses = planResponses(responseRandom, today, pulses, organisation, lines);
  return { ...organisation, pulses, responses };
}
