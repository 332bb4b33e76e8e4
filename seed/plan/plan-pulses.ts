import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import { rotateItems } from '@/lib/domain/pulses/rotate-items';
import { closingOf, openingsUntil } from '@/lib/domain/pulses/schedule';
import type { PlannedPulse } from './plan-types';
import { SEEDED_ITEMS_PER_LINE, seededPulseSchedule } from './pulse-schedule';
import { QUESTION_BANK } from './question-bank';

export { SEEDED_ITEMS_PER_LINE };

/** The question bank and the pulses are written with ids 1…n in their own order. */
export const surveyItemId = (bankIndex: number) => bankIndex + 1;
export const pulseId = (pulseIndex: number) => pulseIndex + 1;

/**
 * `weeks` weekly pulses, the openings of the schedule the seed stores: each opens and closes at the
 * schedule's opening hour in the organisation's time zone, as live pulses do, so a week across a
 * change of the clocks is an hour shorter or longer. The latest opened on the organisation's day two
 * days before today's and is still open.
 */
export function planPulses(today: Date, weeks: number): PlannedPulse[] {
  const firstDay = addDays(new TZDate(today.getTime(), ORGANISATION_TIME_ZONE), -2 - 7 * (weeks - 1));
  const schedule = seededPulseSchedule(firstDay);
  const openings = openingsUntil(schedule, today);
  if (openings.length !== weeks)
    throw new Error(`The schedule opens ${openings.length} pulses by today, not ${weeks}.`);
  const indexesByLine = new Map(
    CONNECTION_LINES.map((line) => [line, QUESTION_BANK.flatMap((item, index) => (item.line === line ? [index] : []))]),
  );
  return openings.map((opensAt, index) => ({
    opensAt,
    closesAt: closingOf(schedule, opensAt),
    itemIndexes: rotateItems(indexesByLine, index, SEEDED_ITEMS_PER_LINE),
  }));
}
