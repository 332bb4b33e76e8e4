import ttest from '@stdlib/stats-ttest';
import ttest2 from '@stdlib/stats-ttest2';
import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { changeTest, type ChangeTestResult } from './change-test';
import { summariseOverlap, summarisePersonMeans } from './person-means';

/** A line's person means in two periods: the people in both, and those in only one. */
interface Periods {
  paired: (readonly [now: number, before: number])[];
  nowOnly: number[];
  beforeOnly: number[];
}

const nowOf = ({ paired, nowOnly }: Periods) => [...paired.map(([now]) => now), ...nowOnly];
const beforeOf = ({ paired, beforeOnly }: Periods) => [...paired.map(([, before]) => before), ...beforeOnly];
/** Means of up to eight answers, and their differences, that differ at all differ by far more than 1e-9; less is rounding. */
const hasSpread = (values: readonly number[]) => Math.max(...values) - Math.min(...values) > 1e-9;

function testPeriods(periods: Periods, withOverlap = true): ChangeTestResult | null {
  return changeTest(
    summarisePersonMeans(nowOf(periods)),
    summarisePersonMeans(beforeOf(periods)),
    withOverlap ? summariseOverlap(periods.paired) : null,
  );
}

/**
 * Derrick, Toher & White (2017), T_new2, written out from the raw means: the samples' standard
 * deviations over all their people, the correlation over the paired ones, Welch's γ for the df.
 */
function partiallyOverlappingReference(periods: Periods) {
  const [now, before] = [nowOf(periods), beforeOf(periods)];
  const [n1, n2, nc] = [now.length, before.length, periods.paired.length];
  const [na, nb] = [periods.nowOnly.length, periods.beforeOnly.length];
  const [s1, s2] = [jStat.stdev(now, true), jStat.stdev(before, true)];
  const r = jStat.corrcoeff(
    periods.paired.map(([x]) => x),
    periods.paired.map(([, y]) => y),
  );
  const squaredError = (s1 * s1) / n1 + (s2 * s2) / n2 - (2 * r * s1 * s2 * nc) / (n1 * n2);
  const statistic = (jStat.mean(now) - jStat.mean(before)) / Math.sqrt(squaredError);
  const gamma =
    ((s1 * s1) / n1 + (s2 * s2) / n2) ** 2 / (((s1 * s1) / n1) ** 2 / (n1 - 1) + ((s2 * s2) / n2) ** 2 / (n2 - 1));
  const df = nc - 1 + ((gamma - nc + 1) / (na + nb + 2 * nc)) * (na + nb);
  return { squaredError, statistic, df, pValue: 2 * jStat.studentt.cdf(-Math.abs(statistic), df) };
}

/** Close relative to `expected`, or to `floor` where that is larger. */
function expectRelativelyClose(actual: number | undefined, expected: number, tolerance = 1e-9, floor = 0) {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(Math.abs(expected), floor),
  );
}

interface Reference {
  statistic: number;
  df: number;
  pValue: number;
}

function expectMatches(
  result: ChangeTestResult | null,
  reference: Reference,
  method: ChangeTestResult['method'],
  pTolerance = 1e-9,
) {
  expect(result?.method).toBe(method);
  // Where the means are equal, t is rounding (1e-16 or 1e-25): close to 0, not relative to it.
  expectRelativelyClose(result?.t, reference.statistic, 1e-9, 1);
  expectRelativelyClose(result?.df, reference.df);
  expectRelativelyClose(result?.p, reference.pValue, pTolerance);
}

/** jStat's t distribution function is only accurate to about 1e-8 relative; stdlib's is the sharper one. */
const JSTAT_P_TOLERANCE = 1e-7;

/** A person's mean of one to eight answers on the 1–5 scale. */
const personMean = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 })
  .map((answers) => jStat.mean(answers));
const means = (minLength: number, maxLength: number) => fc.array(personMean, { minLength, maxLength });
const pairs = (minLength: number, maxLength: number) =>
  fc.array(fc.tuple(personMean, personMean), { minLength, maxLength });

describe('changeTest', () => {
  it('without overlap is Welch’s test on the person means (stdlib ttest2)', () => {
    fc.assert(
      fc.property(means(2, 40), means(2, 40), (nowOnly, beforeOnly) => {
        fc.pre(hasSpread(nowOnly) || hasSpread(beforeOnly));
        const periods = { paired: [], nowOnly, beforeOnly };
        const reference = ttest2(nowOnly, beforeOnly, { variance: 'unequal' });
        expectMatches(testPeriods(periods, false), reference, 'welch');
        expectMatches(testPeriods(periods), reference, 'welch');
      }),
    );
  });

  it('with everyone paired is the paired t-test (stdlib ttest on the differences)', () => {
    fc.assert(
      fc.property(pairs(2, 40), (paired) => {
        const [now, before] = [paired.map(([x]) => x), paired.map(([, y]) => y)];
        fc.pre(hasSpread(now) && hasSpread(before) && hasSpread(paired.map(([x, y]) => x - y)));
        expectMatches(testPeriods({ paired, nowOnly: [], beforeOnly: [] }), ttest(now, before), 'overlapping');
      }),
    );
  });

  it('with partial overlap is Derrick, Toher & White’s T_new2', () => {
    fc.assert(
      fc.property(pairs(2, 25), means(0, 15), means(0, 15), (paired, nowOnly, beforeOnly) => {
        fc.pre(hasSpread(paired.map(([x]) => x)) && hasSpread(paired.map(([, y]) => y)));
        const periods = { paired, nowOnly, beforeOnly };
        const reference = partiallyOverlappingReference(periods);
        // Where the paired means nearly cancel, both sides only measure rounding.
        fc.pre(reference.squaredError > 1e-6);
        expectMatches(testPeriods(periods), reference, 'overlapping', JSTAT_P_TOLERANCE);
      }),
    );
  });

  it('matches the references for the smallest groups', () => {
    const paired = [
      [3, 2],
      [4, 4.5],
    ] as const;
    expectMatches(
      testPeriods({ paired: [...paired], nowOnly: [], beforeOnly: [] }),
      ttest([3, 4], [2, 4.5]),
      'overlapping',
    );
    const partial = { paired: [...paired], nowOnly: [], beforeOnly: [1.5] };
    expectMatches(testPeriods(partial), partiallyOverlappingReference(partial), 'overlapping', JSTAT_P_TOLERANCE);
    expectMatches(
      testPeriods({ paired: [], nowOnly: [3, 4], beforeOnly: [2, 4.5] }),
      ttest2([3, 4], [2, 4.5]),
      'welch',
    );
  });

  it('with one person in both periods is Welch’s test', () => {
    const periods = { paired: [[3.5, 2]] as [number, number][], nowOnly: [4, 2.5, 5], beforeOnly: [3, 2.5] };
    expectMatches(testPeriods(periods), ttest2(nowOf(periods), beforeOf(periods)), 'welch');
  });

  it('is Welch’s test when the paired means have no spread on one side', () => {
    const periods = {
      paired: [
        [4, 3],
        [4, 2.5],
        [4, 4.5],
      ] as [number, number][],
      nowOnly: [2, 5],
      beforeOnly: [],
    };
    expect(hasSpread(nowOf(periods))).toBe(true);
    expectMatches(testPeriods(periods), ttest2(nowOf(periods), beforeOf(periods)), 'welch');
  });

  it('is Welch’s test when one period has no spread at all', () => {
    const periods = {
      paired: [
        [4, 3],
        [4, 2.5],
        [4, 4.5],
      ] as [number, number][],
      nowOnly: [4],
      beforeOnly: [1.5],
    };
    expectMatches(testPeriods(periods), ttest2(nowOf(periods), beforeOf(periods)), 'welch');
  });

  it('without spread in either period, p is 0 for different means and 1 for equal ones', () => {
    const constant = (now: number, before: number): Periods => ({
      paired: [
        [now, before],
        [now, before],
        [now, before],
      ],
      nowOnly: [now],
      beforeOnly: [],
    });
    expect(testPeriods(constant(4, 3))).toEqual({ t: Infinity, df: 5, p: 0, method: 'welch' });
    expect(testPeriods(constant(3, 4))).toEqual({ t: -Infinity, df: 5, p: 0, method: 'welch' });
    expect(testPeriods(constant(4.1, 4.1))).toEqual({ t: 0, df: 5, p: 1, method: 'welch' });
  });

  it('is certain of a change every paired person shares exactly, and of none in unchanged periods', () => {
    const before = [2, 2.5, 11 / 3, 4.1, 4.5];
    const shifted = testPeriods({
      paired: before.map((mean) => [mean - 0.5, mean] as const),
      nowOnly: [],
      beforeOnly: [],
    });
    expect(shifted?.method).toBe('overlapping');
    expect(shifted?.t).toBeLessThan(0);
    expect(shifted?.p).toBeLessThan(1e-12);
    expect(
      testPeriods({ paired: before.map((mean) => [mean, mean] as const), nowOnly: [], beforeOnly: [] }),
    ).toMatchObject({ t: 0, p: 1 });
  });

  it('is null when a period has fewer than two people', () => {
    expect(testPeriods({ paired: [[3, 4]], nowOnly: [], beforeOnly: [2, 5] })).toBeNull();
    expect(testPeriods({ paired: [], nowOnly: [3, 4], beforeOnly: [] })).toBeNull();
  });
});
