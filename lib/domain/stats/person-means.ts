/**
 * A group's answers on one line summarised per person: each person's mean of their answers on the
 * line in the period, and of those means the count, sum and sum of squares. The statistics of the
 * line are computed from these, so that a person who answered four pulses weighs as much as one
 * who answered one, and the interval and the test count people, not answers.
 */
export interface PersonMeans {
  n: number;
  sum: number;
  sumOfSquares: number;
}

/**
 * The people of a group who answered the line in both of two periods: the sums over them of their
 * mean now (x) and before (y), of the squares and of the products.
 */
export interface PersonMeanOverlap {
  n: number;
  sumNow: number;
  sumBefore: number;
  sumOfSquaresNow: number;
  sumOfSquaresBefore: number;
  sumOfProducts: number;
}

export function summarisePersonMeans(means: readonly number[]): PersonMeans {
  return { n: means.length, sum: sumOf(means), sumOfSquares: sumOf(means.map((mean) => mean * mean)) };
}

/** The overlap of two periods from the pairs [mean now, mean before] of the people in both. */
export function summariseOverlap(pairs: readonly (readonly [number, number])[]): PersonMeanOverlap {
  return {
    n: pairs.length,
    sumNow: sumOf(pairs.map(([now]) => now)),
    sumBefore: sumOf(pairs.map(([, before]) => before)),
    sumOfSquaresNow: sumOf(pairs.map(([now]) => now * now)),
    sumOfSquaresBefore: sumOf(pairs.map(([, before]) => before * before)),
    sumOfProducts: sumOf(pairs.map(([now, before]) => now * before)),
  };
}

export function meanOfPersonMeans(means: PersonMeans): number | null {
  return means.n === 0 ? null : means.sum / means.n;
}

/** Sample variance (denominator n − 1) of the person means; null with fewer than 2 people. */
export function varianceOfPersonMeans({ n, sum, sumOfSquares }: PersonMeans): number | null {
  return n < 2 ? null : nonNegative((sumOfSquares - (sum * sum) / n) / (n - 1));
}

/** Pearson's correlation of the overlap's means now and before; null with fewer than 2 people or no spread on either side. */
export function overlapCorrelation(overlap: PersonMeanOverlap): number | null {
  const { n } = overlap;
  if (n < 2) return null;
  const covariance = overlap.sumOfProducts - (overlap.sumNow * overlap.sumBefore) / n;
  const spreadNow = nonNegative(overlap.sumOfSquaresNow - (overlap.sumNow * overlap.sumNow) / n);
  const spreadBefore = nonNegative(overlap.sumOfSquaresBefore - (overlap.sumBefore * overlap.sumBefore) / n);
  if (spreadNow === 0 || spreadBefore === 0) return null;
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(spreadNow * spreadBefore)));
}

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** Rounding in `Σx² − (Σx)²/n` can leave a tiny negative where the spread is 0. */
function nonNegative(value: number): number {
  return Math.abs(value) < 1e-9 ? 0 : Math.max(0, value);
}
