import { describe, expect, it } from 'vitest';
import { periodsInRange } from './trend-range';

const now = new Date('2026-11-15T10:00:00Z');

describe('trend ranges', () => {
  it('keeps the months of the range up to and including the current one', () => {
    const months = ['2025-10', '2025-11', '2025-12', '2026-08', '2026-09', '2026-10', '2026-11'];
    expect(periodsInRange(months, 'month', '3m', now)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(periodsInRange(months, 'month', '1y', now)).toEqual(['2025-12', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(periodsInRange(months, 'month', 'all', now)).toEqual(months);
  });

  it('counts weeks and quarters from the same moment', () => {
    const weeks = ['2026-W32', '2026-W33', '2026-W34', '2026-W46'];
    expect(periodsInRange(weeks, 'week', '3m', now)).toEqual(['2026-W34', '2026-W46']);
    expect(periodsInRange(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], 'quarter', '6m', now)).toEqual([
      '2026-Q3',
      '2026-Q4',
    ]);
  });
});
