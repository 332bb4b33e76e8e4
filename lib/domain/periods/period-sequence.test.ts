import { describe, expect, it } from 'vitest';
import { nextPeriod, periodsFromTo } from './period-sequence';

describe('nextPeriod', () => {
  it('steps over the end of an ISO year of 53 weeks and of a calendar year', () => {
    expect(nextPeriod('week', '2026-W52')).toBe('2026-W53');
    expect(nextPeriod('week', '2026-W53')).toBe('2027-W01');
    expect(nextPeriod('week', '2027-W52')).toBe('2028-W01');
    expect(nextPeriod('month', '2026-12')).toBe('2027-01');
    expect(nextPeriod('quarter', '2026-Q4')).toBe('2027-Q1');
  });

  it('steps over a change to summer time in the organisation time zone', () => {
    expect(nextPeriod('week', '2026-W13')).toBe('2026-W14');
    expect(nextPeriod('month', '2026-03')).toBe('2026-04');
  });
});

describe('periodsFromTo', () => {
  it('lists every period between the two, both included, skipped ones too', () => {
    expect(periodsFromTo('week', '2026-W51', '2027-W02')).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(periodsFromTo('quarter', '2026-Q3', '2026-Q3')).toEqual(['2026-Q3']);
  });

  it('is empty when the end comes before the start', () => {
    expect(periodsFromTo('month', '2026-05', '2026-04')).toEqual([]);
  });
});
