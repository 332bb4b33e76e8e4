import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays } from 'date-fns';
import { asc, gt, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulses } from '@/db/schema';
import { seedDemo } from '@/seed/seed-demo';
import { type TestDatabase, createTestDatabase } from '@/testing/database/test-database';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import { ensureCurrentPulse } from './ensure-current-pulse';

/** A Thursday: the demo's pulses, and the schedule it leaves, open on Tuesdays. */
const SEEDED = new Date('2026-12-03T09:00:00Z');
const local = (moment: Date) => new TZDate(moment.getTime(), ORGANISATION_TIME_ZONE);

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { today: SEEDED });
});
afterAll(() => database?.destroy());

describe('the seeded pulses', () => {
  it('open and close at 06:00 in Brussels like the live ones, 169 hours across the end of summer time, and the first live one opens when the last closes', async () => {
    const seeded = await database.db
      .select()
      .from(pulses)
      .where(lte(pulses.opensAt, SEEDED))
      .orderBy(asc(pulses.opensAt));
    const atSix = (moment: Date) => local(moment).getHours() === 6 && local(moment).getMinutes() === 0;
    expect(seeded.filter((pulse) => !atSix(pulse.opensAt) || !atSix(pulse.closesAt))).toEqual([]);
    seeded.slice(1).forEach((pulse, index) => expect(pulse.opensAt).toEqual(seeded[index]!.closesAt));
    expect(
      seeded.find((pulse) => pulse.opensAt.toISOString() === '2026-10-20T04:00:00.000Z')?.closesAt.toISOString(),
    ).toBe('2026-10-27T05:00:00.000Z');

    const last = seeded.at(-1)!;
    expect(last.closesAt.getTime()).toBeGreaterThan(SEEDED.getTime());
    await ensureCurrentPulse(database.db, last.closesAt);
    const [live] = await database.db.select().from(pulses).where(gt(pulses.opensAt, SEEDED));
    expect(live?.opensAt).toEqual(last.closesAt);
  });
});

describe('the pulses the demo schedule opens across the changes of the clocks in 2027 and 2028', () => {
  it('open every Tuesday at 06:00 in Brussels, the pulse of 30 March 2027 too, each closing when the next opens', async () => {
    // Someone looks at the survey every day at 06:30, within the hour by which 24-hour days overlapped the windows in spring, and at noon.
    for (let day = local(SEEDED); day < local(new Date('2028-11-20T12:00:00Z')); day = addDays(day, 1)) {
      for (const hour of [6, 12]) {
        await ensureCurrentPulse(
          database.db,
          new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 30, 0, ORGANISATION_TIME_ZONE),
        );
      }
    }

    const opened = await database.db
      .select()
      .from(pulses)
      .where(gt(pulses.opensAt, SEEDED))
      .orderBy(asc(pulses.opensAt));
    expect(opened.find((pulse) => pulse.opensAt.toISOString() === '2027-03-30T04:00:00.000Z')).toMatchObject({
      closesAt: new Date('2027-04-06T04:00:00Z'),
      weekLabel: '2027-W13',
      monthLabel: '2027-03',
      quarterLabel: '2027-Q1',
    });
    expect(opened[0]!.opensAt).toEqual(new Date('2026-12-08T05:00:00Z'));
    expect(opened.at(-1)!.opensAt).toEqual(new Date('2028-11-14T05:00:00Z'));
    // Every Tuesday from 8 December 2026 to 14 November 2028.
    expect(opened).toHaveLength(102);
    opened.forEach((pulse, index) => {
      expect(local(pulse.opensAt).getHours(), pulse.opensAt.toISOString()).toBe(6);
      const next = opened[index + 1];
      if (!next) return;
      expect(differenceInCalendarDays(local(next.opensAt), local(pulse.opensAt)), pulse.opensAt.toISOString()).toBe(7);
      expect(pulse.closesAt, pulse.opensAt.toISOString()).toEqual(next.opensAt);
    });
    const weeks = opened.map((pulse) => pulse.weekLabel);
    expect(new Set(weeks).size).toBe(weeks.length);
  });
});
