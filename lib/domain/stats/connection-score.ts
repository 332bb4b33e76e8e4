import { type LineStatistics, clampToScale, marginOfError, toScore } from './line-statistics';
import { type PersonMeans, varianceOfPersonMeans } from './person-means';
import type { SampleSummary } from './welch-test';

/** A group's connection score in one period: the mean of its four line scores, with its interval. */
export interface ConnectionStatistics {
  /**
   * `person-means`: the interval from each person's composite mean (the mean of their line means);
   * `bound`: from the lines' own intervals, where composites are not published (see below).
   */
  method: 'person-means' | 'bound';
  /** The sample size: people with a composite mean, or the fewest of the lines' people. */
  people: number;
  /** On the 1–5 scale: the mean of the four lines' means. */
  mean: number;
  /** 0–100. */
  score: number;
  /** Mean of the four lines' % favourable. */
  favourable: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** What Welch's tests take (lib/domain/stats/comparison-test.ts): the mean, a variance whose variance/n is the squared standard error, n. */
  sample: SampleSummary | null;
}

const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The connection score of a group: the mean of its four lines, null unless all four are shown.
 *
 * Its interval comes from the composite person means where the cell publishes them: one value per
 * (person, team), so the person is the unit, as for a line, and the lines' correlation within a
 * person is in it. Where it does not (cells filled before the composite was kept, and cells whose
 * person means the anonymity rule keeps back), the half-width is the mean of the four lines'
 * half-widths: the standard error of a mean of four estimates is at most the mean of their standard
 * errors, whatever their correlation (Minkowski), and every line has at most as many people as the
 * composite, so at least its t quantile. That interval is never narrower than the true one.
 */
export function connectionStatistics(
  lines: readonly (LineStatistics | null)[],
  composite: PersonMeans | null,
): ConnectionStatistics | null {
  if (lines.length !== 4 || lines.some((line) => line === null)) return null;
  const shown = lines as readonly LineStatistics[];
  const mean = meanOf(shown.map((line) => line.mean));
  const base = { mean, score: toScore(mean), favourable: meanOf(shown.map((line) => line.favourable)) };
  const interval = (margin: number) => ({
    ciLow: clampToScale(toScore(mean - margin)),
    ciHigh: clampToScale(toScore(mean + margin)),
  });

  const variance = composite ? varianceOfPersonMeans(composite) : null;
  if (composite && variance !== null) {
    const margin = marginOfError(Math.sqrt(variance), composite.n);
    const sample = { mean, variance, n: composite.n };
    return { method: 'person-means', people: composite.n, ...base, ...interval(margin), sample };
  }

  const people = Math.min(...shown.map((line) => line.people));
  if (people < 2 || shown.some((line) => line.sd === null)) {
    return { method: 'bound', people, ...base, ciLow: null, ciHigh: null, sample: null };
  }
  const margin = meanOf(shown.map((line) => marginOfError(line.sd!, line.people)));
  const standardError = meanOf(shown.map((line) => line.sd! / Math.sqrt(line.people)));
  const sample = { mean, variance: standardError * standardError * people, n: people };
  return { method: 'bound', people, ...base, ...interval(margin), sample };
}
