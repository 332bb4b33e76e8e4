import { describe, expect, it } from 'vitest';
import { periodEnd } from './period-end';
import { periodLabelsOf } from './period-labels';

describe('the end of a period', () => {
  it('is the organisation’s midnight after its last day', () => {
    expect(periodEnd('week', '2026-W49').toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(periodEnd('week', '2027-W12').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(periodEnd('month', '2026-11').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(periodEnd('quarter', '2026-Q4').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(periodEnd('quarter', '2027-Q1').toISOString()).toBe('2027-03-31T22:00:00.000Z');
  });

  it('falls in the next period and just after the last moment of its own', () => {
    for (const moment of [
      '2026-01-01T00:30:00Z',
      '2026-06-15T12:00:00Z',
      '2027-03-28T01:30:00Z',
      '2026-12-31T22:59:00Z',
    ]) {
      const labels = periodLabelsOf(new Date(moment));
      for (const kind of ['week', 'month', 'quarter'] as const) {
        const end = periodEnd(kind, labels[kind]);
        expect(periodLabelsOf(new Date(end.getTime() - 1))[kind]).toBe(labels[kind]);
        expect(periodLabelsOf(end)[kind]).not.toBe(labels[kind]);
      }
    }
  });
});
