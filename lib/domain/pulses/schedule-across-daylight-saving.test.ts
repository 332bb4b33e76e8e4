import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, differenceInCalendarMonths, getISODay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import { CADENCES, type Cadence, OPENING_HOUR, type PulseSchedule, closingOf, openingsUntil } from './schedule';

/** Brussels moves its clocks on the last Sunday of March (02:00 → 03:00) and of October (03:00 → 02:00). */
const CHANGES = ['2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z', '2028-03-26T01:00:00Z', '2028-10-29T01:00:00Z'].map(
  (moment) => new Date(moment),
);
const LONGEST_WINDOW: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 28 };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

const local = (moment: Date) => new TZDate(moment.getTime(), ORGANISATION_TIME_ZONE);
const shown = (moment: Date) => local(moment).toString();

/** What is wrong with the pulses a schedule opens through 2027 and 2028, as readable lines: none when all is right. */
function faultsOf(schedule: PulseSchedule): string[] {
  const opened = openingsUntil(schedule, new Date('2028-12-31T00:00:00Z')).map((opensAt) => ({
    opensAt,
    closesAt: closingOf(schedule, opensAt),
  }));
  const faults: string[] = [];
  if (!(opened[0]!.opensAt < CHANGES[0]! && opened.at(-1)!.opensAt > CHANGES.at(-1)!))
    faults.push('the openings do not span the four changes');
  opened.forEach(({ opensAt, closesAt }, index) => {
    const [opens, closes] = [local(opensAt), local(closesAt)];
    const atOpeningHour = (moment: TZDate) => moment.getHours() === OPENING_HOUR && moment.getMinutes() === 0;
    if (!atOpeningHour(opens) || getISODay(opens) !== schedule.weekday) faults.push(`opens ${shown(opensAt)}`);
    if (!atOpeningHour(closes) || differenceInCalendarDays(closes, opens) !== schedule.openDays)
      faults.push(`the pulse of ${shown(opensAt)} closes ${shown(closesAt)}`);
    const next = opened[index + 1];
    if (!next) return;
    if (closesAt > next.opensAt)
      faults.push(`the pulse of ${shown(opensAt)} closes ${shown(closesAt)}, after the next opens`);
    const apart =
      schedule.cadence === 'monthly'
        ? differenceInCalendarMonths(local(next.opensAt), opens) === 1 && local(next.opensAt).getDate() <= 7
        : differenceInCalendarDays(local(next.opensAt), opens) === (schedule.cadence === 'weekly' ? 7 : 14);
    if (!apart) faults.push(`${shown(next.opensAt)} follows ${shown(opensAt)}`);
  });
  return faults;
}

describe('pulse windows across the changes to and from summer time of 2027 and 2028', () => {
  for (const cadence of CADENCES) {
    it(`open ${cadence} at the local opening hour, skip none, and close whole days later at that hour, by the next opening`, () => {
      for (const weekday of WEEKDAYS) {
        for (const openDays of [1, 5, LONGEST_WINDOW[cadence]]) {
          const schedule: PulseSchedule = { cadence, weekday, openDays, startDate: '2027-01-01', itemsPerLine: 2 };
          expect(faultsOf(schedule), `weekday ${weekday}, open ${openDays} days`).toEqual([]);
        }
      }
    });
  }

  it('close the demo’s Tuesday pulse of 23 March 2027 when that of 30 March opens, at 06:00 summer time', () => {
    const demo: PulseSchedule = {
      cadence: 'weekly',
      weekday: 2,
      openDays: 7,
      startDate: '2026-06-09',
      itemsPerLine: 2,
    };
    const opened = openingsUntil(demo, new Date('2027-03-30T12:00:00Z')).slice(-2);
    expect(opened.map((opensAt) => opensAt.toISOString())).toEqual([
      '2027-03-23T05:00:00.000Z',
      '2027-03-30T04:00:00.000Z',
    ]);
    expect(closingOf(demo, opened[0]!).toISOString()).toBe('2027-03-30T04:00:00.000Z');
    expect(closingOf(demo, new Date('2027-10-26T04:00:00Z')).toISOString()).toBe('2027-11-02T05:00:00.000Z');
  });
});
