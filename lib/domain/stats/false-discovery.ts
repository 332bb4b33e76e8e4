/**
 * Benjamini–Hochberg adjusted p-values (q-values) of one view's tests, in the order given; nulls
 * (no test) stay null and are not counted. Flagging every test with q < α keeps the expected share
 * of false flags among a view's flags at α or below, however many cells the view shows.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }])).sort((a, b) => a.p - b.p);
  const adjusted: (number | null)[] = pValues.map(() => null);
  let smallestAbove = 1;
  for (let rank = tested.length; rank >= 1; rank--) {
    const { p, index } = tested[rank - 1]!;
    smallestAbove = Math.min(smallestAbove, (p * tested.length) / rank);
    adjusted[index] = smallestAbove;
  }
  return adjusted;
}

/** The expected share of false "clear" flags among one view's "clear" flags. */
export const FALSE_DISCOVERY_RATE = 0.05;

/** Below this p-value a change that does not pass the correction over its view is still "likely". */
export const LIKELY_BELOW_P = 0.05;

/**
 * How strong the evidence for a change is, in words: "clear" when it passes Benjamini–Hochberg over
 * the view's tests, "likely" when only its own test gives p < 0.05 (about one in twenty changes
 * that did not happen look like this), and null otherwise.
 */
export type ChangeEvidence = 'clear' | 'likely';

/** Which of one view's tests to flag: those whose q-value is below the false discovery rate. */
export function flaggedChanges(pValues: readonly (number | null)[]): boolean[] {
  return benjaminiHochberg(pValues).map((q) => q !== null && q < FALSE_DISCOVERY_RATE);
}

/** The evidence for each of one view's changes, from their p-values (null: no test). */
export function changeEvidence(pValues: readonly (number | null)[]): (ChangeEvidence | null)[] {
  const clear = flaggedChanges(pValues);
  return pValues.map((p, index) => (clear[index] ? 'clear' : p !== null && p < LIKELY_BELOW_P ? 'likely' : null));
}
