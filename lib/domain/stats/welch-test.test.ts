import ttest2 from '@stdlib/stats-ttest2';
import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { countsFromScores, meanScore, sampleVariance } from './score-counts';
import { welchTest, type SampleSummary } from './welch-test';

function summary(values: number[]): SampleSummary {
  return { mean: jStat.mean(values), variance: jStat.variance(values, true), n: values.length };
}

/** Summary of 1–5 answers through our own counts, as the app computes it. */
function summaryFromCounts(values: number[]): SampleSummary {
  const counts = countsFromScores(values);
  return { mean: meanScore(counts) ?? Number.NaN, variance: sampleVariance(counts) ?? Number.NaN, n: values.length };
}

function expectRelativelyClose(actual: number | undefined, expected: number, floor = Number.MIN_VALUE) {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(expected), floor));
}

const PAIRS: { name: string; a: number[]; b: number[] }[] = [
  {
    name: "Student's sleep data",
    a: [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0],
    b: [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4],
  },
  { name: 'small vs large, unequal spread', a: [2, 3, 1, 4], b: [1, 2, 3, 1, 2, 5, 3, 4, 2, 2, 3, 1, 1, 2] },
  { name: 'tight vs wide', a: [3.9, 4.0, 4.1, 4.0, 3.95], b: [1, 5, 2, 4.5, 3, 5, 1.5, 4, 2.5, 3.5, 1, 5] },
  { name: 'two values each', a: [1, 2], b: [4, 5] },
  {
    name: 'large, nearly equal means',
    a: Array.from({ length: 400 }, (_, i) => (i % 5) + 1),
    b: Array.from({ length: 250 }, (_, i) => ((i * 3) % 5) + 1.01),
  },
];

describe('welchTest', () => {
  it.each(PAIRS)('matches stdlib ttest2 (Welch) for $name', ({ a, b }) => {
    const reference = ttest2(a, b, { variance: 'unequal' });
    const result = welchTest(summary(a), summary(b));
    expectRelativelyClose(result?.t, reference.statistic);
    expectRelativelyClose(result?.df, reference.df);
    expectRelativelyClose(result?.p, reference.pValue);
  });

  it('matches stdlib ttest2 for random 1–5 answers summarised through counts', () => {
    const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 80 });
    const spread = (values: number[]) => new Set(values).size > 1;
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        fc.pre(spread(a) || spread(b));
        const reference = ttest2(a, b);
        const result = welchTest(summaryFromCounts(a), summaryFromCounts(b));
        expectRelativelyClose(result?.t, reference.statistic, 1e-6);
        expectRelativelyClose(result?.df, reference.df);
        expectRelativelyClose(result?.p, reference.pValue);
      }),
    );
  });

  it('is null when a sample has fewer than two values', () => {
    expect(welchTest({ mean: 3, variance: 0, n: 1 }, { mean: 4, variance: 1, n: 10 })).toBeNull();
    expect(welchTest({ mean: 3, variance: 1, n: 10 }, { mean: 4, variance: 0, n: 0 })).toBeNull();
  });

  it('without any spread, p is 0 for different means and 1 for equal ones', () => {
    const constant = (mean: number, n: number): SampleSummary => ({ mean, variance: 0, n });
    expect(welchTest(constant(4, 5), constant(3, 7))).toEqual({ t: Infinity, df: 10, p: 0 });
    expect(welchTest(constant(3, 5), constant(4, 7))).toEqual({ t: -Infinity, df: 10, p: 0 });
    expect(welchTest(constant(3, 5), constant(3, 7))).toEqual({ t: 0, df: 10, p: 1 });
  });
});
