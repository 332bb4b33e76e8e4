import tCdf from '@stdlib/stats-base-dists-t-cdf';

export interface SampleSummary {
  mean: number;
  /** Sample variance (denominator n - 1). */
  variance: number;
  n: number;
}

export interface WelchResult {
  t: number;
  df: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Welch's two-sample t-test of `a.mean - b.mean` against 0, with Welch–Satterthwaite degrees of
 * freedom; null when either sample has fewer than 2 values.
 *
 * When both variances are 0 the statistic is undefined (0/0 or x/0). Two samples without any spread
 * then differ for certain or not at all: p is 0 when the means differ (t = ±Infinity) and 1 when they
 * are equal (t = 0), and df is the pooled a.n + b.n - 2 because Welch's formula is 0/0.
 */
export function welchTest(a: SampleSummary, b: SampleSummary): WelchResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const difference = a.mean - b.mean;
  const squaredErrorA = a.variance / a.n;
  const squaredErrorB = b.variance / b.n;
  const squaredError = squaredErrorA + squaredErrorB;

  if (squaredError === 0) {
    const df = a.n + b.n - 2;
    return difference === 0 ? { t: 0, df, p: 1 } : { t: Math.sign(difference) * Infinity, df, p: 0 };
  }

  const t = difference / Math.sqrt(squaredError);
  const df =
    (squaredError * squaredError) /
    ((squaredErrorA * squaredErrorA) / (a.n - 1) + (squaredErrorB * squaredErrorB) / (b.n - 1));
  return { t, df, p: 2 * tCdf(-Math.abs(t), df) };
}
