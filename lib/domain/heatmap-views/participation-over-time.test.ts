import { describe, expect, it } from 'vitest';
import { periodsUpTo } from './participation-over-time';

describe('the periods participation looks back over', () => {
  const available = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

  it('ends at the period shown and looks back as far as there were pulses', () => {
    expect(periodsUpTo(available, '2026-10', 3)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(periodsUpTo(available, '2026-07', 6)).toEqual(['2026-06', '2026-07']);
  });

  it('is empty before the first pulse or for a period without one', () => {
    expect(periodsUpTo(available, null, 6)).toEqual([]);
    expect(periodsUpTo(available, '2025-01', 6)).toEqual([]);
  });
});
