import { TZDate } from '@date-fns/tz';
import { format, getISODay } from 'date-fns';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import type { PulseSchedule } from '@/lib/domain/pulses/schedule';

/** Items per line in every seeded pulse, and in the schedule the seed stores. */
export const SEEDED_ITEMS_PER_LINE = 2;

/**
 * The weekly schedule the seeded pulses follow, from the organisation's day `firstOpening` falls on:
 * the seed plans its pulses as this schedule's openings, and the app opens the next one on time.
 */
export function seededPulseSchedule(firstOpening: Date): PulseSchedule {
  const local = new TZDate(firstOpening.getTime(), ORGANISATION_TIME_ZONE);
  return {
    cadence: 'weekly',
    weekday: getISODay(local),
    openDays: 7,
    startDate: format(local, 'yyyy-MM-dd'),
    itemsPerLine: SEEDED_ITEMS_PER_LINE,
  };
}
