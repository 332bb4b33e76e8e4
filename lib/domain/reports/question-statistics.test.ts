import ttest2 from '@stdlib/stats-ttest2';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';
import { buildQuestionResults } from './question-results';
import { questionChangeP, questionSampleSize, questionStatistics } from './question-statistics';

const scoresOf = (counts: ScoreCounts) => counts.flatMap((count, index) => new Array<number>(count).fill(index + 1));
/** One value per sampled person: the answers' mean and spread with the question's sample size, as a reference sample. */
function referenceSample(counts: ScoreCounts, size: number): number[] {
  const scores = scoresOf(counts);
  const mean = jStat.mean(scores);
  const sd = jStat.stdev(scores, true);
  // `size` values with exactly that mean and sample standard deviation.
  const base: number[] = Array.from({ length: size }, (_, index) => (index % 2 === 0 ? -1 : 1));
  if (size % 2 === 1) base[size - 1] = 0;
  const baseSd = jStat.stdev(base, true);
  return base.map((value) => mean + (value * sd) / baseSd);
}

describe('question statistics', () => {
  const month = { scoreCounts: [1, 3, 6, 8, 6] as ScoreCounts, pulses: 2 };

  it('take the answers per pulse that asked the item as the sample size, never more than the answers', () => {
    expect(questionSampleSize(month)).toBe(12);
    expect(questionSampleSize({ scoreCounts: [0, 0, 1, 0, 0], pulses: 3 })).toBe(1);
    expect(questionSampleSize({ scoreCounts: [1, 1, 1, 1, 1], pulses: 1 })).toBe(5);
  });

  it('give the answers’ mean, favourable share and a t interval with that sample size, as jStat does', () => {
    const stats = questionStatistics(month)!;
    const scores = scoresOf(month.scoreCounts);
    expect(stats.mean).toBeCloseTo(jStat.mean(scores), 10);
    expect(stats.favourable).toBeCloseTo((14 / 24) * 100, 10);
    const margin = jStat.studentt.inv(0.975, 11) * (jStat.stdev(scores, true) / Math.sqrt(12));
    const [low, high] = [jStat.mean(scores) - margin, jStat.mean(scores) + margin];
    expect(stats.ciLow).toBeCloseTo(((low - 1) / 4) * 100, 5);
    expect(stats.ciHigh).toBeCloseTo(((high - 1) / 4) * 100, 5);
  });

  it('test a change with Welch’s test on those sample sizes, as @stdlib/stats-ttest2 does', () => {
    const before = { scoreCounts: [4, 6, 5, 3, 2] as ScoreCounts, pulses: 1 };
    const reference = ttest2(referenceSample(month.scoreCounts, 12), referenceSample(before.scoreCounts, 20), {
      variance: 'unequal',
    });
    expect(questionChangeP(month, before)).toBeCloseTo(reference.pValue, 10);
  });

  it('list a period’s questions per line, shown weakest first, hidden ones after, flagged over the view', () => {
    const asked = [1, 2, 3, 6].map((itemId) => ({
      itemId,
      line: itemId < 6 ? (1 as const) : (2 as const),
      textNl: `vraag ${itemId}`,
      textEn: `question ${itemId}`,
    }));
    const now = new Map([
      [1, { scoreCounts: [0, 0, 2, 10, 10] as ScoreCounts, pulses: 2 }],
      [2, { scoreCounts: [10, 10, 2, 0, 0] as ScoreCounts, pulses: 2 }],
      [6, month],
    ]);
    const before = new Map([[2, { scoreCounts: [0, 0, 2, 10, 10] as ScoreCounts, pulses: 2 }]]);
    const lines = buildQuestionResults(asked, now, before);
    expect(lines.map(({ line, questions }) => [line, questions.map((question) => question.itemId)])).toEqual([
      [1, [2, 1, 3]],
      [2, [6]],
    ]);
    const [weakest, , hidden] = lines[0]!.questions;
    expect(weakest).toMatchObject({ shown: true, evidence: 'clear', significant: true });
    expect(weakest!.change).toBeLessThan(-50);
    expect(hidden).toMatchObject({ shown: false, score: null, ciLow: null, change: null });
  });
});
