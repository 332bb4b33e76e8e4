import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import {
  meanOfPersonMeans,
  overlapCorrelation,
  summariseOverlap,
  summarisePersonMeans,
  varianceOfPersonMeans,
} from './person-means';

/** A person's mean of one to eight answers on the 1–5 scale, as the publication computes it. */
const personMean = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 })
  .map((answers) => jStat.mean(answers));
const hasSpread = (values: readonly number[]) => new Set(values).size > 1;

describe('summarisePersonMeans', () => {
  it('counts the people and sums their means and squares', () => {
    expect(summarisePersonMeans([3, 4.5, 2])).toEqual({ n: 3, sum: 9.5, sumOfSquares: 9 + 20.25 + 4 });
    expect(summarisePersonMeans([])).toEqual({ n: 0, sum: 0, sumOfSquares: 0 });
  });
});

describe('meanOfPersonMeans', () => {
  it('is the mean of the means, null without people', () => {
    fc.assert(
      fc.property(fc.array(personMean, { minLength: 1, maxLength: 60 }), (means) => {
        expect(meanOfPersonMeans(summarisePersonMeans(means))).toBeCloseTo(jStat.mean(means), 12);
      }),
    );
    expect(meanOfPersonMeans(summarisePersonMeans([]))).toBeNull();
  });
});

describe('varianceOfPersonMeans', () => {
  it('matches jStat’s sample variance', () => {
    fc.assert(
      fc.property(fc.array(personMean, { minLength: 2, maxLength: 60 }), (means) => {
        expect(varianceOfPersonMeans(summarisePersonMeans(means))).toBeCloseTo(jStat.variance(means, true), 12);
      }),
    );
  });

  it('is null with fewer than two people', () => {
    expect(varianceOfPersonMeans(summarisePersonMeans([]))).toBeNull();
    expect(varianceOfPersonMeans(summarisePersonMeans([3.5]))).toBeNull();
  });

  it('is exactly 0 when everyone has the same mean, whatever the rounding of the sums', () => {
    // 4.1 and 11/3 have no exact binary form, so Σx² − (Σx)²/n rounds to a tiny nonzero number.
    const rounded = (value: number, n: number) => {
      const { sum, sumOfSquares } = summarisePersonMeans(Array.from({ length: n }, () => value));
      return sumOfSquares - (sum * sum) / n;
    };
    expect([3, 7, 10].map((n) => rounded(4.1, n)).some((spread) => spread !== 0)).toBe(true);
    fc.assert(
      fc.property(personMean, fc.integer({ min: 2, max: 200 }), (mean, n) => {
        expect(varianceOfPersonMeans(summarisePersonMeans(Array.from({ length: n }, () => mean)))).toBe(0);
      }),
    );
    expect(varianceOfPersonMeans(summarisePersonMeans([4.1, 4.1, 4.1]))).toBe(0);
  });
});

describe('summariseOverlap', () => {
  it('sums the means now and before, their squares and their products', () => {
    expect(
      summariseOverlap([
        [4, 3],
        [2.5, 2],
      ]),
    ).toEqual({
      n: 2,
      sumNow: 6.5,
      sumBefore: 5,
      sumOfSquaresNow: 16 + 6.25,
      sumOfSquaresBefore: 9 + 4,
      sumOfProducts: 12 + 5,
    });
    expect(summariseOverlap([])).toEqual({
      n: 0,
      sumNow: 0,
      sumBefore: 0,
      sumOfSquaresNow: 0,
      sumOfSquaresBefore: 0,
      sumOfProducts: 0,
    });
  });
});

describe('overlapCorrelation', () => {
  const pairs = (now: readonly number[], before: readonly number[]) =>
    now.map((mean, i) => [mean, before[i] ?? Number.NaN] as const);

  it('matches jStat’s Pearson correlation', () => {
    const overlap = fc
      .integer({ min: 2, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.array(personMean, { minLength: n, maxLength: n }),
          fc.array(personMean, { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(overlap, ([now, before]) => {
        fc.pre(hasSpread(now) && hasSpread(before));
        expect(overlapCorrelation(summariseOverlap(pairs(now, before)))).toBeCloseTo(jStat.corrcoeff(now, before), 10);
      }),
    );
  });

  it('is ±1, never beyond, when the means lie on a line', () => {
    const now = [1, 4 / 3, 2.5, 11 / 3, 4.1, 5];
    for (const [slope, intercept] of [
      [1, 0],
      [0.3, 1.7],
      [-1, 6],
      [-0.7, 4.9],
    ] as const) {
      const correlation = overlapCorrelation(
        summariseOverlap(
          pairs(
            now,
            now.map((mean) => slope * mean + intercept),
          ),
        ),
      );
      expect(Math.abs(correlation ?? Number.NaN)).toBeLessThanOrEqual(1);
      expect(correlation).toBeCloseTo(Math.sign(slope), 12);
    }
  });

  it('is null with fewer than two people', () => {
    expect(overlapCorrelation(summariseOverlap([]))).toBeNull();
    expect(overlapCorrelation(summariseOverlap([[4, 3]]))).toBeNull();
  });

  it('is null when either side has no spread, even where the sums round', () => {
    expect(overlapCorrelation(summariseOverlap(pairs([4.1, 4.1, 4.1], [3, 4, 5])))).toBeNull();
    expect(overlapCorrelation(summariseOverlap(pairs([2, 4, 5], [11 / 3, 11 / 3, 11 / 3])))).toBeNull();
    expect(overlapCorrelation(summariseOverlap(pairs([3.3, 3.3], [3.3, 3.3])))).toBeNull();
  });
});
