import { TZDate } from '@date-fns/tz';
import { format, getISODay } from 'date-fns';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import type { PulseSchedule } from '@/lib/domain/pulses/schedule';
import { SEEDED_ITEMS_PER_LINE } from './plan-pulses';

/** The weekly schedule the seeded pulses follow, so that the app opens the next one on time. */
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
