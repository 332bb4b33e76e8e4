import { describe, expect, it } from 'vitest';
import type { PulseSchedule } from './schedule';
import { upcomingOpenings } from './upcoming-openings';

const weekly: PulseSchedule = { cadence: 'weekly', weekday: 1, openDays: 5, startDate: '2026-11-02', itemsPerLine: 2 };
const day = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe('upcoming openings', () => {
  it('follows the cadence after the given moment', () => {
    const after = new Date('2026-11-10T00:00:00Z');
    expect(day(upcomingOpenings(weekly, after, 3))).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(day(upcomingOpenings({ ...weekly, cadence: 'biweekly' }, after, 2))).toEqual(['2026-11-16', '2026-11-30']);
    expect(day(upcomingOpenings({ ...weekly, cadence: 'monthly' }, after, 2))).toEqual(['2026-12-07', '2027-01-04']);
  });
});
