import { describe, expect, it } from 'vitest';
import { closingOf, nextOpening, openingsUntil, pulseScheduleSchema, type PulseSchedule } from './schedule';

const weekly: PulseSchedule = { cadence: 'weekly', weekday: 1, openDays: 5, startDate: '2026-11-04', itemsPerLine: 2 };

describe('pulse schedule', () => {
  it('opens weekly on the chosen weekday at 06:00 in Brussels, from the start date on', () => {
    const openings = openingsUntil(weekly, new Date('2026-11-30T12:00:00Z'));
    expect(openings.map((date) => date.toISOString())).toEqual([
      '2026-11-09T05:00:00.000Z',
      '2026-11-16T05:00:00.000Z',
      '2026-11-23T05:00:00.000Z',
      '2026-11-30T05:00:00.000Z',
    ]);
  });

  it('follows summer time', () => {
    const openings = openingsUntil({ ...weekly, startDate: '2026-06-01' }, new Date('2026-06-02T00:00:00Z'));
    expect(openings.map((date) => date.toISOString())).toEqual(['2026-06-01T04:00:00.000Z']);
  });

  it('opens every other week, or on the first chosen weekday of each month', () => {
    expect(openingsUntil({ ...weekly, cadence: 'biweekly' }, new Date('2026-12-01T00:00:00Z')).length).toBe(2);
    const monthly = openingsUntil({ ...weekly, cadence: 'monthly', weekday: 3 }, new Date('2027-02-01T00:00:00Z'));
    expect(monthly.map((date) => date.toISOString().slice(0, 10))).toEqual(['2026-11-04', '2026-12-02', '2027-01-06']);
  });

  it('gives the next opening and the closing after the open window', () => {
    expect(nextOpening(weekly, new Date('2026-11-18T10:00:00Z')).toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(closingOf(weekly, new Date('2026-11-23T05:00:00Z')).toISOString()).toBe('2026-11-28T05:00:00.000Z');
  });

  it('refuses a window that overlaps the next pulse, a bad weekday and a bad date, with a message', () => {
    const refuse = (value: unknown) => pulseScheduleSchema.safeParse(value).error?.issues[0]?.message;
    expect(refuse({ ...weekly, openDays: 8 })).toBe('A pulse must close before the next one opens.');
    expect(refuse({ ...weekly, weekday: 0 })).toBe('Choose a weekday from Monday to Sunday.');
    expect(refuse({ ...weekly, startDate: '30/11/2026' })).toBe('The start date must be a date such as 2026-11-30.');
    expect(pulseScheduleSchema.safeParse({ ...weekly, cadence: 'biweekly', openDays: 14 }).success).toBe(true);
  });
});
