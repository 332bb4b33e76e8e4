import { describe, expect, it } from 'vitest';
import { finishedPeriods } from './finished-periods';
import { periodLabelsOf } from './period-labels';

const pulse = (opensAt: string, closesAt: string) => ({ ...periodLabelsOf(new Date(opensAt)), closesAt: new Date(closesAt) });

describe('finished periods', () => {
  it('shows a period once it is over and all its pulses have closed', () => {
    const pulses = [pulse('2026-10-26T05:00:00Z', '2026-11-02T05:00:00Z'), pulse('2026-11-23T05:00:00Z', '2026-11-30T05:00:00Z'), pulse('2026-11-30T05:00:00Z', '2026-12-07T05:00:00Z')];
    const finished = finishedPeriods(pulses, new Date('2026-12-01T12:00:00Z'));
    expect([...finished].sort()).toEqual(['month|2026-10', 'week|2026-W44', 'week|2026-W48']);
  });

  it('keeps a past month hidden while a pulse that opened in it is still open', () => {
    const finished = finishedPeriods([pulse('2026-11-27T05:00:00Z', '2026-12-04T05:00:00Z')], new Date('2026-12-01T12:00:00Z'));
    expect(finished.has('month|2026-11')).toBe(false);
    expect(finished.has('week|2026-W48')).toBe(false);
  });
});
