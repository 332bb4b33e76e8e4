import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './would-create-cycle';

// 1 ← 2 ← 3 (3 is below 2, which is below 1); 4 stands alone.
const parentOf = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, null],
]);

describe('department cycles', () => {
  it('refuses a department as its own parent or below one of its descendants', () => {
    expect(wouldCreateCycle(parentOf, 1, 1)).toBe(true);
    expect(wouldCreateCycle(parentOf, 1, 3)).toBe(true);
    expect(wouldCreateCycle(parentOf, 2, 3)).toBe(true);
  });

  it('allows moving a department anywhere else, or to the top', () => {
    expect(wouldCreateCycle(parentOf, 3, 1)).toBe(false);
    expect(wouldCreateCycle(parentOf, 1, 4)).toBe(false);
    expect(wouldCreateCycle(parentOf, 2, null)).toBe(false);
  });

  it('stops on a tree that already loops instead of running forever', () => {
    const looping = new Map<number, number | null>([
      [5, 6],
      [6, 5],
    ]);
    expect(wouldCreateCycle(looping, 1, 5)).toBe(false);
  });
});
