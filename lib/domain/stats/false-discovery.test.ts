import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, changeEvidence, FALSE_DISCOVERY_RATE, flaggedChanges } from './false-discovery';

const ALPHA = FALSE_DISCOVERY_RATE;

/** The tested p-values in ascending order; a tie keeps every one of its ranks. */
const ascending = (pValues: readonly (number | null)[]) => pValues.filter((p) => p !== null).sort((a, b) => a - b);

/** q_i = min over the ranks j with p_(j) ≥ p_i of m·p_(j)/j, capped at 1. */
function bruteForceQValues(pValues: readonly (number | null)[]): (number | null)[] {
  const sorted = ascending(pValues);
  const m = sorted.length;
  return pValues.map((p) =>
    p === null ? null : Math.min(1, ...sorted.flatMap((pj, j) => (pj >= p ? [(pj * m) / (j + 1)] : []))),
  );
}

/** The classic step-up procedure: reject the k smallest, k the largest rank with p_(k) ≤ k·α/m. */
function stepUpRejections(pValues: readonly (number | null)[]): boolean[] {
  const sorted = ascending(pValues);
  const m = sorted.length;
  const k = Math.max(0, ...sorted.flatMap((p, j) => (p <= ((j + 1) * ALPHA) / m ? [j + 1] : [])));
  return pValues.map((p) => p !== null && k > 0 && p <= (sorted[k - 1] ?? Number.NaN));
}

/** p-values of a view, some untested, with ties and the small values where the decisions fall. */
const pValue = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 0.06, noNaN: true }),
  fc.constantFrom(0, 0.001, 0.01, 0.02, 0.5, 1),
  fc.constant(null),
);
const view = fc.array(pValue, { maxLength: 60 });

/** Whether some p_(k)·m/k lies so near α that rounding, not the procedure, decides it. */
const nearTheBoundary = (pValues: readonly (number | null)[]) =>
  ascending(pValues).some((p, j, sorted) => Math.abs((p * sorted.length) / (j + 1) - ALPHA) < 1e-12);

describe('benjaminiHochberg', () => {
  it('equals the brute-force q-values, nulls staying null', () => {
    fc.assert(
      fc.property(view, (pValues) => {
        expect(benjaminiHochberg(pValues)).toEqual(bruteForceQValues(pValues));
      }),
    );
  });

  it('gives tied p-values the same q-value', () => {
    // Of four tests the three 0.01s share the rank 3 that gives them the smallest m·p/j.
    const q = (0.01 * 4) / 3;
    expect(benjaminiHochberg([0.01, 0.04, 0.01, null, 0.01])).toEqual([q, 0.04, q, null, q]);
    expect(benjaminiHochberg([0.03, 0.03, 0.03])).toEqual([0.03, 0.03, 0.03]);
  });

  it('leaves a single test’s p-value as it is', () => {
    expect(benjaminiHochberg([0.2])).toEqual([0.2]);
    expect(benjaminiHochberg([null, 0.049, null])).toEqual([null, 0.049, null]);
  });

  it('is all null when nothing was tested', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([null, null])).toEqual([null, null]);
  });
});

describe('flaggedChanges', () => {
  it(`flags the classic step-up rejections at α = ${ALPHA}`, () => {
    fc.assert(
      fc.property(view, (pValues) => {
        fc.pre(!nearTheBoundary(pValues));
        expect(flaggedChanges(pValues)).toEqual(stepUpRejections(pValues));
      }),
    );
  });

  it('flags a small p-value beside larger ones that the step-up carries along', () => {
    // 0.04 alone would need p ≤ 0.05·1/4, but as the largest of four it needs only ≤ 0.05.
    expect(flaggedChanges([0.04, 0.03, 0.02, 0.01])).toEqual([true, true, true, true]);
    expect(flaggedChanges([0.04, 0.03, 0.02, 0.5])).toEqual([false, false, false, false]);
    expect(flaggedChanges([0.001, 0.04, null, 0.5])).toEqual([true, false, false, false]);
  });

  it('flags ties together', () => {
    expect(flaggedChanges([0.02, 0.02, 0.02, 0.9])).toEqual([true, true, true, false]);
    expect(flaggedChanges([0.04, 0.04, 0.04, 0.9])).toEqual([false, false, false, false]);
  });

  it('flags a single test below α, and not one exactly at α', () => {
    expect(flaggedChanges([0.049])).toEqual([true]);
    expect(flaggedChanges([ALPHA])).toEqual([false]);
    expect(flaggedChanges([0.2])).toEqual([false]);
  });

  it('flags nothing where nothing was tested', () => {
    expect(flaggedChanges([null, null, null])).toEqual([false, false, false]);
    expect(flaggedChanges([])).toEqual([]);
  });
});

describe('changeEvidence', () => {
  it('calls clear what passes the correction, likely what only its own test passes, and nothing else', () => {
    fc.assert(
      fc.property(view, (pValues) => {
        fc.pre(!nearTheBoundary(pValues));
        const clear = stepUpRejections(pValues);
        expect(changeEvidence(pValues)).toEqual(
          pValues.map((p, index) => (clear[index] ? 'clear' : p !== null && p < 0.05 ? 'likely' : null)),
        );
      }),
    );
  });

  it('gives a change that stands alone at p = 0.03 as clear, and the same change among nine others as likely', () => {
    expect(changeEvidence([0.03])).toEqual(['clear']);
    expect(changeEvidence([0.03, ...new Array<number>(9).fill(0.5)])).toEqual([
      'likely',
      ...new Array<null>(9).fill(null),
    ]);
  });
});
