import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import {
  answerCount,
  favourableShare,
  meanScore,
  sampleVariance,
  type ScoreCounts,
} from './score-counts';

/** What a report shows for one connection line and one group. */
export interface LineStatistics {
  /** People who answered at least one item of the line. */
  respondents: number;
  answers: number;
  /** Mean answer on the 1–5 scale. */
  mean: number;
  /** The mean on a 0–100 scale: 1 → 0, 5 → 100. */
  score: number;
  /** Percentage (0–100) of answers that were a 4 or a 5. */
  favourable: number;
  /** Sample standard deviation of the answers; null with fewer than 2 answers. */
  sd: number | null;
  /** 95% confidence interval of `score`, clamped to 0–100; null with fewer than 2 respondents. */
  ciLow: number | null;
  ciHigh: number | null;
}

const CONFIDENCE = 0.95;

export function lineStatistics(counts: ScoreCounts, respondents: number): LineStatistics | null {
  const answers = answerCount(counts);
  const mean = meanScore(counts);
  const share = favourableShare(counts);
  if (mean === null || share === null) return null;
  if (!Number.isInteger(respondents) || respondents < 1 || respondents > answers) {
    throw new RangeError(`respondents must be an integer from 1 to ${answers} (the answers), got ${respondents}`);
  }

  const variance = sampleVariance(counts);
  const sd = variance === null ? null : Math.sqrt(variance);
  let ciLow: number | null = null;
  let ciHigh: number | null = null;
  if (sd !== null && respondents >= 2) {
    // One person's answers to a line's items are not independent, so the sample size is the
    // respondents, not the answers.
    const margin = tQuantile(1 - (1 - CONFIDENCE) / 2, respondents - 1) * (sd / Math.sqrt(respondents));
    ciLow = clampToScale(toScore(mean - margin));
    ciHigh = clampToScale(toScore(mean + margin));
  }

  return { respondents, answers, mean, score: toScore(mean), favourable: share * 100, sd, ciLow, ciHigh };
}

function toScore(mean: number): number {
  return ((mean - 1) / 4) * 100;
}

function clampToScale(score: number): number {
  return Math.min(100, Math.max(0, score));
}
