import { describe, expect, it } from 'vitest';
import { flagChanges } from './flag-changes';

const cells = (count: number) => Array.from({ length: count }, () => ({ evidence: null, significant: false }));
const marks = (...pValues: (number | null)[]) =>
  flagChanges(cells(pValues.length), pValues).map((cell) => cell.evidence);

describe('marking the changes of one view', () => {
  it('calls a change that stands alone at p < 0.05 clear, and flags it', () => {
    expect(marks(0.03, null, null)).toEqual(['clear', null, null]);
    expect(flagChanges(cells(1), [0.03])[0]!.significant).toBe(true);
  });

  it('asks more of each change the more changes a view tests: the same p among nine others is only likely', () => {
    expect(marks(0.03, ...new Array<number>(9).fill(0.5))).toEqual(['likely', ...new Array<null>(9).fill(null)]);
    expect(marks(0.001, 0.02, 0.5, 0.9)).toEqual(['clear', 'clear', null, null]);
  });

  it('clears a mark set before', () => {
    const view = [{ evidence: 'clear' as const, significant: true }];
    expect(flagChanges(view, [0.4])[0]).toEqual({ evidence: null, significant: false });
  });
});
