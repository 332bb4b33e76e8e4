import { rotateItems } from '@/lib/domain/pulses/rotate-items';
import { addDays, startOfUtcDay } from '../plan/dates';
import { DEMO_ITEMS_PER_LINE, DEMO_PULSE_COUNT } from './demo-structure';
import { planOrganisation } from './plan-demo-organisation';
import { planResponses } from '../plan/plan-responses';
import type { DemoPlan, PlannedPulse } from '../plan/plan-types';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { QUESTION_BANK } from '../plan/question-bank';
import { createRandom } from '../plan/random';
import { planTeamTrends } from './team-trends';

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

  const pulses = planPulses(day);
  const organisation = planOrganisation(organisationRandom, day, pulses);
  const trends = planTeamTrends(responseRandom, organisation.teams);
  const responses = planResponses(responseRandom, today, pulses, organisation, trends);
  return { ...organisation, pulses, responses };
}

/** Weekly pulses; the latest opened two days before today and is still open. */
function planPulses(day: Date): PlannedPulse[] {
  const latestOpensAt = addDays(day, -2);
  const indexesByLine = new Map(
    CONNECTION_LINES.map((line) => [
      line,
      QUESTION_BANK.flatMap((item, index) => (item.line === line ? [index] : [])),
    ]),
  );
  return Array.from({ length: DEMO_PULSE_COUNT }, (_, index) => {
    const opensAt = addDays(latestOpensAt, -7 * (DEMO_PULSE_COUNT - 1 - index));
    return {
      opensAt,
      closesAt: addDays(opensAt, 7),
      itemIndexes: rotateItems(indexesByLine, index, DEMO_ITEMS_PER_LINE),
    };
  });
}
