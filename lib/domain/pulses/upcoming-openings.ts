import { type PulseSchedule, nextOpening } from './schedule';

/** The `count` openings of the schedule that follow `after`, soonest first. */
export function upcomingOpenings(schedule: PulseSchedule, after: Date, count: number): Date[] {
  const openings: Date[] = [];
  for (let last = after; openings.length < count;) {
    last = nextOpening(schedule, last);
    openings.push(last);
  }
  return openings;
}
