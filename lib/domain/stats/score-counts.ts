/**
 * How many answers fell on each point of the 5-point agreement scale: index 0 counts the 1s
 * (strongly disagree), index 4 the 5s (strongly agree). Counts add and subtract exactly, so
 * statistics for a team, a period or a whole organisation come from merged counts, never from
 * averaging averages.
 */
export type ScoreCounts = readonly [number, number, number, number, number];

export const EMPTY_COUNTS: ScoreCounts = [0, 0, 0, 0, 0];

export function countsFromScores(scores: readonly number[]): ScoreCounts {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const score of scores) {
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      throw new RangeError(`A score must be an integer from 1 to 5, got ${score}`);
    }
    counts[(score - 1) as 0 | 1 | 2 | 3 | 4] += 1;
  }
  return counts;
}

export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4]];
}

/** `a - b`, point by point; throws a RangeError when `b` holds more answers on any point than `a`. */
export function subtractCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  const difference: ScoreCounts = [a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3], a[4] - b[4]];
  if (difference.some((count) => count < 0)) {
    throw new RangeError(`Cannot subtract [${b.join(', ')}] from [${a.join(', ')}]: a count would go negative`);
  }
  return difference;
}

export function answerCount(c: ScoreCounts): number {
  return c[0] + c[1] + c[2] + c[3] + c[4];
}

export function scoreSum(c: ScoreCounts): number {
  return c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3] + 5 * c[4];
}

export function sumOfSquares(c: ScoreCounts): number {
  return c[0] + 4 * c[1] + 9 * c[2] + 16 * c[3] + 25 * c[4];
}

export function meanScore(c: ScoreCounts): number | null {
  const n = answerCount(c);
  return n === 0 ? null : scoreSum(c) / n;
}

/**
 * Sample variance (denominator N - 1). Numerator `N*SS - S*S` and denominator `N*(N-1)` are exact
 * integers (below 2^53 up to about 18 million answers), so the only rounding is the one division.
 */
export function sampleVariance(c: ScoreCounts): number | null {
  const n = answerCount(c);
  if (n < 2) return null;
  const sum = scoreSum(c);
  return (n * sumOfSquares(c) - sum * sum) / (n * (n - 1));
}

/** Share (0..1) of answers that agree: a 4 or a 5. */
export function favourableShare(c: ScoreCounts): number | null {
  const n = answerCount(c);
  return n === 0 ? null : (c[3] + c[4]) / n;
}

/** Median of the answers as one sorted list; with an even number, the mean of the two middle ones. */
export function medianScore(c: ScoreCounts): number | null {
  const n = answerCount(c);
  if (n === 0) return null;
  const upper = scoreAtPosition(c, Math.floor(n / 2));
  return n % 2 === 1 ? upper : (scoreAtPosition(c, n / 2 - 1) + upper) / 2;
}

/** The score at 0-based `position` in the sorted list of answers. */
function scoreAtPosition(c: ScoreCounts, position: number): number {
  let seen = 0;
  for (const [index, count] of c.entries()) {
    seen += count;
    if (position < seen) return index + 1;
  }
  throw new RangeError(`Position ${position} is past the last of ${seen} answers`);
}
