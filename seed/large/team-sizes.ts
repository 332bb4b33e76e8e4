import type { Random } from '@/seed/plan/random';

/** The smallest team that is not deliberately below the anonymity threshold. */
const MIN_TEAM_SIZE = 5;

/**
 * Sizes of `count` teams holding `total` people: the first `smallCount` have 2 to 4 members
 * (below k = 5), the others vary log-normally around the mean and have at least five.
 */
export function distributeMembers(random: Random, count: number, smallCount: number, total: number): number[] {
  const small = Array.from({ length: smallCount }, () => random.int(2, 4));
  const normalCount = count - smallCount;
  const remaining = total - small.reduce((sum, size) => sum + size, 0);
  if (normalCount < 1 || remaining < normalCount * MIN_TEAM_SIZE) {
    throw new Error(`${total} people are too few for ${count} teams of at least ${MIN_TEAM_SIZE}`);
  }
  const weights = Array.from({ length: normalCount }, () => Math.exp(random.normal(0, 0.5)));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.max(MIN_TEAM_SIZE, Math.round((weight / weightSum) * remaining)));
  // Rounding and the minimum leave the total a little off: take from the largest teams or give to the smallest.
  let excess = sizes.reduce((sum, size) => sum + size, 0) - remaining;
  while (excess !== 0) {
    const index = excess > 0 ? indexOfExtreme(sizes, (a, b) => a > b) : indexOfExtreme(sizes, (a, b) => a < b);
    sizes[index] = (sizes[index] ?? 0) - Math.sign(excess);
    excess -= Math.sign(excess);
  }
  return [...small, ...sizes];
}

function indexOfExtreme(values: readonly number[], better: (a: number, b: number) => boolean): number {
  let best = 0;
  values.forEach((value, index) => {
    if (better(value, values[best] ?? value)) best = index;
  });
  return best;
}
