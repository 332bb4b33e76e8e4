import type { PersonMeanOverlap, PersonMeans } from '@/lib/domain/stats/person-means';

/** How published_cells lays out a line's person means (n, Σ, Σ²) and overlap (n, Σx, Σy, Σx², Σy², Σxy). */
export const PERSON_MEAN_FIELDS = 3;
export const OVERLAP_FIELDS = 6;

/** The person means of the line whose fields start at `at`. */
export function personMeansAt(values: readonly number[], at: number): PersonMeans {
  return { n: values[at]!, sum: values[at + 1]!, sumOfSquares: values[at + 2]! };
}

/** The overlap of the line whose fields start at `at`. */
export function overlapAt(values: readonly number[], at: number): PersonMeanOverlap {
  return {
    n: values[at]!,
    sumNow: values[at + 1]!,
    sumBefore: values[at + 2]!,
    sumOfSquaresNow: values[at + 3]!,
    sumOfSquaresBefore: values[at + 4]!,
    sumOfProducts: values[at + 5]!,
  };
}
