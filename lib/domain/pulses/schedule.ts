import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, getISODay, startOfDay, startOfMonth } from 'date-fns';
import { z } from 'zod';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Pulses open at this hour of the organisation's day, before people start work. */
export const OPENING_HOUR = 6;

const MAX_OPEN_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 28 };

export const pulseScheduleSchema = z
  .object({
    cadence: z.enum(CADENCES, { message: 'The cadence must be weekly, biweekly or monthly.' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: z
      .number()
      .int()
      .min(1, 'Choose a weekday from Monday to Sunday.')
      .max(7, 'Choose a weekday from Monday to Sunday.'),
    openDays: z.number().int().min(1, 'A pulse stays open at least one day.').max(28),
    startDate: z.iso.date({ message: 'The start date must be a date such as 2026-11-30.' }),
    itemsPerLine: z
      .number()
      .int()
      .min(1, 'Ask at least one question per connection line.')
      .max(4, 'Ask at most four questions per line.'),
  })
  .refine((schedule) => schedule.openDays <= MAX_OPEN_DAYS[schedule.cadence], {
    message: 'A pulse must close before the next one opens.',
    path: ['openDays'],
  });

export type PulseSchedule = z.infer<typeof pulseScheduleSchema>;

export const DEFAULT_SCHEDULE: PulseSchedule = {
  cadence: 'weekly',
  weekday: 1,
  openDays: 7,
  startDate: '2026-01-05',
  itemsPerLine: 2,
};

const atOpeningHour = (day: Date) =>
  new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), OPENING_HOUR, 0, 0, ORGANISATION_TIME_ZONE);

/** The first day on or after `day` that falls on the schedule's weekday. */
function onWeekday(day: Date, weekday: number): Date {
  return addDays(day, (weekday - getISODay(day) + 7) % 7);
}

/** Every opening of the schedule from its start up to and including `until`, oldest first. */
export function openingsUntil(schedule: PulseSchedule, until: Date): Date[] {
  const start = startOfDay(new TZDate(`${schedule.startDate}T12:00:00`, ORGANISATION_TIME_ZONE));
  const openings: Date[] = [];
  for (let step = 0; step < 5000; step++) {
    const day =
      schedule.cadence === 'monthly'
        ? onWeekday(startOfMonth(addMonths(start, step)), schedule.weekday)
        : addWeeks(onWeekday(start, schedule.weekday), step * (schedule.cadence === 'weekly' ? 1 : 2));
    if (day < start) continue;
    const opening = new Date(atOpeningHour(day).getTime());
    if (opening > until) break;
    openings.push(opening);
  }
  return openings;
}

/** The next opening strictly after `after`. */
export function nextOpening(schedule: PulseSchedule, after: Date): Date {
  const horizon = addDays(after, 70);
  return openingsUntil(schedule, horizon).find((opening) => opening > after) ?? horizon;
}

/**
 * The close: `openDays` calendar days after the opening at the same local hour, so a week across a
 * change of the clocks is 167 or 169 hours long and ends just when the next pulse opens.
 */
export function closingOf(schedule: PulseSchedule, opensAt: Date): Date {
  return new Date(addDays(new TZDate(opensAt.getTime(), ORGANISATION_TIME_ZONE), schedule.openDays).getTime());
}
