import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness: the same seed gives the same sequence of draws. */
export interface Random {
  /** A float in [min, max). */
  uniform: (min: number, max: number) => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  normal: (mean: number, sd: number) => number;
  bernoulli: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** A shuffled copy; the input is left alone. */
  shuffle: <T>(items: readonly T[]) => T[];
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const unit = () => uniformFloat64(rng);
  const int = (min: number, max: number) => uniformInt(rng, min, max);

  return {
    uniform: (min, max) => min + unit() * (max - min),
    int,
    // Box-Muller; 1 - unit() lies in (0, 1], so the logarithm stays finite.
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - unit())) * Math.cos(2 * Math.PI * unit()),
    bernoulli: (probability) => unit() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
}
