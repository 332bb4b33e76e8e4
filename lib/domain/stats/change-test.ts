import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { type PersonMeanOverlap, type PersonMeans, overlapCorrelation, varianceOfPersonMeans } from './person-means';
import type { LineStatistics } from './line-statistics';
import { welchTest, type WelchResult } from './welch-test';

export type ChangeTestResult = WelchResult & { method: 'overlapping' | 'welch' | 'answers' };

/**
 * Tests whether a line's mean of person means changed between two periods, two-sided.
 *
 * Mostly the same people answer both periods, so their means are correlated; treating the periods
 * as independent samples hides real change. Where at least two people answered both (`overlap`),
 * this is the partially overlapping samples t-test (Derrick, Toher & White 2017, T_new2): every
 * person's mean counts in its period, and the covariance of the paired means is taken out of the
 * standard error:
 *
 *   t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂ − 2·r·s₁·s₂·n_c/(n₁·n₂))
 *   ν = (n_c − 1) + (γ − n_c + 1)·(n_a + n_b)/(n_a + n_b + 2·n_c)
 *
 * with r the correlation of the n_c paired means, n_a and n_b the people in one period only and γ
 * Welch's degrees of freedom. With everyone paired it is the paired t-test; without overlap (or no
 * spread among the paired means) it is Welch's test on person means. Null when a period has fewer
 * than 2 people.
 */
export function changeTest(
  now: PersonMeans,
  before: PersonMeans,
  overlap: PersonMeanOverlap | null,
): ChangeTestResult | null {
  const [varianceNow, varianceBefore] = [varianceOfPersonMeans(now), varianceOfPersonMeans(before)];
  if (varianceNow === null || varianceBefore === null) return null;
  const welch = welchTest(
    { mean: now.sum / now.n, variance: varianceNow, n: now.n },
    { mean: before.sum / before.n, variance: varianceBefore, n: before.n },
  );
  const correlation = overlap ? overlapCorrelation(overlap) : null;
  if (!welch || !overlap || correlation === null || !Number.isFinite(welch.t))
    return welch && { ...welch, method: 'welch' };

  const paired = overlap.n;
  const squaredError =
    varianceNow / now.n +
    varianceBefore / before.n -
    (2 * correlation * Math.sqrt(varianceNow * varianceBefore) * paired) / (now.n * before.n);
  const difference = now.sum / now.n - before.sum / before.n;
  const unpaired = now.n - paired + (before.n - paired);
  const df = paired - 1 + ((welch.df - paired + 1) * unpaired) / (unpaired + 2 * paired);
  if (squaredError <= 0)
    return {
      t: difference === 0 ? 0 : Math.sign(difference) * Infinity,
      df,
      p: difference === 0 ? 1 : 0,
      method: 'overlapping',
    };
  const t = difference / Math.sqrt(squaredError);
  return { t, df, p: 2 * tCdf(-Math.abs(t), df), method: 'overlapping' };
}

/**
 * Welch's test on the answers' means and spreads with the respondents as n (lineStatistics in its
 * answers method): where either period has no person means. The answers' spread is wider than the
 * person means', so it finds fewer changes, never more.
 */
export function answerChangeTest(now: LineStatistics, before: LineStatistics): ChangeTestResult | null {
  if (now.sd === null || before.sd === null) return null;
  const welch = welchTest(
    { mean: now.mean, variance: now.sd * now.sd, n: now.people },
    { mean: before.mean, variance: before.sd * before.sd, n: before.people },
  );
  return welch && { ...welch, method: 'answers' };
}
