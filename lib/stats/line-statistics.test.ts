import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { lineStatistics } from './line-statistics';
import { countsFromScores, EMPTY_COUNTS } from './score-counts';

const toScore = (mean: number) => ((mean - 1) / 4) * 100;
const clamp = (score: number) => Math.min(100, Math.max(0, score));

/** The 95% interval computed by hand from the raw answers, with jStat's t quantile. */
function expectedInterval(values: number[], respondents: number): [number, number] {
  const mean = jStat.mean(values);
  const margin = jStat.studentt.inv(0.975, respondents - 1) * (jStat.stdev(values, true) / Math.sqrt(respondents));
  return [clamp(toScore(mean - margin)), clamp(toScore(mean + margin))];
}

const CASES: { name: string; values: number[]; respondents: number }[] = [
  { name: 'all equal answers', values: [4, 4, 4, 4, 4, 4, 4, 4], respondents: 4 },
  { name: 'two answers from two people', values: [2, 4], respondents: 2 },
  { name: 'one answer each', values: [5, 3, 4, 4, 2, 5, 4, 3, 1, 4], respondents: 10 },
  { name: 'three items each', values: [4, 5, 4, 3, 3, 4, 2, 3, 2, 5, 5, 4, 4, 4, 3], respondents: 5 },
  { name: 'large n', values: Array.from({ length: 6000 }, (_, i) => (((i * 7) % 11) % 5) + 1), respondents: 2000 },
];

describe('lineStatistics', () => {
  it('is null without answers', () => {
    expect(lineStatistics(EMPTY_COUNTS, 0)).toBeNull();
  });

  it.each([0, 1.5, 4])('refuses %s respondents for 3 answers', (respondents) => {
    expect(() => lineStatistics(countsFromScores([1, 2, 3]), respondents)).toThrow(RangeError);
  });

  it('reports score, favourable share and n', () => {
    expect(lineStatistics(countsFromScores([5, 4, 3, 4, 1, 5]), 3)).toMatchObject({
      respondents: 3,
      answers: 6,
      mean: 11 / 3,
      score: toScore(11 / 3),
      favourable: (4 / 6) * 100,
    });
    expect(lineStatistics(countsFromScores([1, 1]), 2)).toMatchObject({ score: 0, favourable: 0 });
    expect(lineStatistics(countsFromScores([5, 5]), 2)).toMatchObject({ score: 100, favourable: 100 });
  });

  it.each(CASES)('matches jStat for $name', ({ values, respondents }) => {
    const statistics = lineStatistics(countsFromScores(values), respondents);
    const [low, high] = expectedInterval(values, respondents);
    expect(statistics?.mean).toBeCloseTo(jStat.mean(values), 12);
    expect(statistics?.sd).toBeCloseTo(jStat.stdev(values, true), 12);
    // jStat's t quantile is itself only accurate to about 1e-8 relative; stdlib's is the sharper one.
    expect(statistics?.ciLow).toBeCloseTo(low, 5);
    expect(statistics?.ciHigh).toBeCloseTo(high, 5);
  });

  it('gives a zero-width interval when everyone agrees', () => {
    expect(lineStatistics(countsFromScores([4, 4, 4, 4]), 2)).toMatchObject({ sd: 0, ciLow: 75, ciHigh: 75 });
  });

  it('clamps the interval to 0–100', () => {
    const values = [5, 5, 4];
    const margin = (jStat.studentt.inv(0.975, 1) * jStat.stdev(values, true)) / Math.sqrt(2);
    const unclamped = toScore(jStat.mean(values) + margin);
    expect(unclamped).toBeGreaterThan(100);
    expect(lineStatistics(countsFromScores(values), 2)?.ciHigh).toBe(100);
    expect(lineStatistics(countsFromScores([1, 1, 2]), 2)?.ciLow).toBe(0);
  });

  it('has no interval for a single respondent, nor an sd for a single answer', () => {
    expect(lineStatistics(countsFromScores([2, 4, 5]), 1)).toMatchObject({ ciLow: null, ciHigh: null });
    expect(lineStatistics(countsFromScores([3]), 1)).toMatchObject({ sd: null, ciLow: null, ciHigh: null });
  });

  it('narrows as respondents grow for the same answers', () => {
    const counts = countsFromScores([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 3, 3]);
    const width = (respondents: number) => {
      const statistics = lineStatistics(counts, respondents);
      return (statistics?.ciHigh ?? Number.NaN) - (statistics?.ciLow ?? Number.NaN);
    };
    expect(width(12)).toBeLessThan(width(6));
    expect(width(6)).toBeLessThan(width(3));
  });
});
