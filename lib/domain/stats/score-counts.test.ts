import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import {
  addCounts,
  answerCount,
  countsFromScores,
  EMPTY_COUNTS,
  favourableShare,
  meanScore,
  medianScore,
  sampleVariance,
  scoreSum,
  subtractCounts,
  sumOfSquares,
} from './score-counts';

const score = fc.integer({ min: 1, max: 5 });
const scores = fc.array(score, { maxLength: 300 });
/** Random answers already split into groups (teams, weeks…); their concatenation is the whole. */
const groups = fc.array(scores, { minLength: 1, maxLength: 8 });

const DATASETS: Record<string, number[]> = {
  'all equal': [3, 3, 3, 3, 3, 3],
  'two answers': [2, 5],
  'odd count': [1, 4, 2, 5, 5, 3, 4],
  'even count, middle values differ': [1, 2, 2, 4, 5, 5],
  skewed: [5, 5, 5, 5, 4, 5, 1, 5, 5, 4, 5],
  'large n': Array.from({ length: 5000 }, (_, i) => (((i * 7) % 11) % 5) + 1),
};

describe('countsFromScores', () => {
  it('counts each point of the scale', () => {
    expect(countsFromScores([1, 5, 5, 3, 4, 5])).toEqual([1, 0, 1, 1, 3]);
    expect(countsFromScores([])).toEqual(EMPTY_COUNTS);
  });

  it.each([0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s', (bad) => {
    expect(() => countsFromScores([3, bad, 4])).toThrow(RangeError);
  });
});

describe('subtractCounts', () => {
  it('throws when taking away more than there is', () => {
    expect(() => subtractCounts([2, 0, 1, 0, 0], [1, 1, 0, 0, 0])).toThrow(RangeError);
    expect(() => subtractCounts(EMPTY_COUNTS, [0, 0, 0, 0, 1])).toThrow(RangeError);
  });

  it('takes away point by point', () => {
    expect(subtractCounts([4, 3, 2, 1, 9], [1, 3, 0, 1, 2])).toEqual([3, 0, 2, 0, 7]);
  });
});

describe('sums', () => {
  it('are exact integers', () => {
    const counts = countsFromScores([1, 2, 2, 5, 4]);
    expect(answerCount(counts)).toBe(5);
    expect(scoreSum(counts)).toBe(14);
    expect(sumOfSquares(counts)).toBe(1 + 4 + 4 + 25 + 16);
  });
});

describe('statistics of no answers', () => {
  it('are null, and variance needs two answers', () => {
    expect(meanScore(EMPTY_COUNTS)).toBeNull();
    expect(favourableShare(EMPTY_COUNTS)).toBeNull();
    expect(medianScore(EMPTY_COUNTS)).toBeNull();
    expect(sampleVariance(EMPTY_COUNTS)).toBeNull();
    expect(sampleVariance([0, 0, 0, 1, 0])).toBeNull();
  });
});

describe.each(Object.entries(DATASETS))('against jStat: %s', (_, values) => {
  const counts = countsFromScores(values);

  it('mean, sample variance and median agree', () => {
    expect(meanScore(counts)).toBeCloseTo(jStat.mean(values), 12);
    expect(Math.sqrt(sampleVariance(counts) ?? Number.NaN)).toBeCloseTo(jStat.stdev(values, true), 12);
    expect(medianScore(counts)).toBe(jStat.median(values));
  });
});

describe('merging counts (property-based)', () => {
  it('the sum of the groups’ counts is exactly the counts of all answers', () => {
    fc.assert(
      fc.property(groups, (parts) => {
        const merged = parts.map(countsFromScores).reduce(addCounts, EMPTY_COUNTS);
        expect(merged).toEqual(countsFromScores(parts.flat()));
      }),
    );
  });

  it('statistics of merged counts equal those of the concatenated answers', () => {
    fc.assert(
      fc.property(groups, (parts) => {
        const all = parts.flat();
        const merged = parts.map(countsFromScores).reduce(addCounts, EMPTY_COUNTS);
        if (all.length === 0) {
          expect(meanScore(merged)).toBeNull();
          return;
        }
        expect(meanScore(merged)).toBeCloseTo(jStat.mean(all), 9);
        expect(favourableShare(merged)).toBe(all.filter((value) => value >= 4).length / all.length);
        expect(medianScore(merged)).toBe(jStat.median(all));
        if (all.length >= 2) expect(sampleVariance(merged)).toBeCloseTo(jStat.variance(all, true), 9);
      }),
    );
  });

  it('subtracting what was added gives back the original', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const countsA = countsFromScores(a);
        expect(subtractCounts(addCounts(countsA, countsFromScores(b)), countsFromScores(b))).toEqual(countsA);
      }),
    );
  });
});
