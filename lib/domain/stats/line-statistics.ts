import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { type PersonMeans, meanOfPersonMeans, varianceOfPersonMeans } from './person-means';
import { answerCount, favourableShare, meanScore, sampleVariance, type ScoreCounts } from './score-counts';

/** What a report shows for one connection line and one group. */
export interface LineStatistics {
  /** Computed from each person's mean answer, or, where those are not published, from the answers. */
  method: 'person-means' | 'answers';
  /** The sample size: people with a mean on the line, or the respondents. */
  people: number;
  answers: number;
  /** On the 1–5 scale: the mean of the person means, or of the answers. */
  mean: number;
  /** The mean on a 0–100 scale: 1 → 0, 5 → 100. */
  score: number;
  /** Percentage (0–100) of answers that were a 4 or a 5. */
  favourable: number;
  /** Sample standard deviation of the person means, or of the answers; null with fewer than 2. */
  sd: number | null;
  /** 95% confidence interval of `score` (t with people − 1 degrees of freedom), clamped to 0–100; null with fewer than 2 people. */
  ciLow: number | null;
  ciHigh: number | null;
}

const CONFIDENCE = 0.95;

/**
 * A line's statistics. A person's answers within a period are correlated, so the person is the unit
 * of sampling: with person means, the score, the spread and the interval come from them. Without
 * (weeks, and cells whose person means the anonymity rule keeps back) they come from the answers,
 * with the respondents as the sample size: the answers' spread holds each person's own variation
 * too, so that interval is wider, never narrower.
 */
export function lineStatistics(
  counts: ScoreCounts,
  personMeans: PersonMeans | null,
  respondents: number,
): LineStatistics | null {
  const answers = answerCount(counts);
  const share = favourableShare(counts);
  const mean = personMeans ? meanOfPersonMeans(personMeans) : meanScore(counts);
  if (mean === null || share === null) return null;
  const people = personMeans ? personMeans.n : respondents;
  if (!personMeans && (!Number.isInteger(respondents) || respondents < 1 || respondents > answers)) {
    throw new RangeError(`respondents must be an integer from 1 to ${answers} (the answers), got ${respondents}`);
  }

  const variance = personMeans ? varianceOfPersonMeans(personMeans) : sampleVariance(counts);
  const sd = variance === null ? null : Math.sqrt(variance);
  let ciLow: number | null = null;
  let ciHigh: number | null = null;
  if (sd !== null && people >= 2) {
    const margin = marginOfError(sd, people);
    ciLow = clampToScale(toScore(mean - margin));
    ciHigh = clampToScale(toScore(mean + margin));
  }
  const method = personMeans ? 'person-means' : 'answers';
  return { method, people, answers, mean, score: toScore(mean), favourable: share * 100, sd, ciLow, ciHigh };
}

/** Half the 95% interval of a mean of `people` values with standard deviation `sd`, on their scale (t with people − 1 degrees of freedom). */
export function marginOfError(sd: number, people: number): number {
  return criticalValue(people - 1) * (sd / Math.sqrt(people));
}

/** The two-sided 95% t quantile by degrees of freedom: a report asks for the same few thousand again and again. */
const criticalValues = new Map<number, number>();
function criticalValue(degreesOfFreedom: number): number {
  let value = criticalValues.get(degreesOfFreedom);
  if (value === undefined) {
    value = tQuantile(1 - (1 - CONFIDENCE) / 2, degreesOfFreedom);
    criticalValues.set(degreesOfFreedom, value);
  }
  return value;
}

export function toScore(mean: number): number {
  return ((mean - 1) / 4) * 100;
}

export function clampToScale(score: number): number {
  return Math.min(100, Math.max(0, score));
}
