import { describe, expect, it } from 'vitest';
import { isPeriodLabel, periodLabelsOf } from './period-labels';

describe('period labels', () => {
  it('labels a moment with its ISO week, month and quarter', () => {
    expect(periodLabelsOf(new Date('2026-11-04T10:00:00Z'))).toEqual({
      week: '2026-W45',
      month: '2026-11',
      quarter: '2026-Q4',
    });
  });

  it('uses the ISO week-year at the turn of the year', () => {
    expect(periodLabelsOf(new Date('2027-01-01T12:00:00Z'))).toEqual({
      week: '2026-W53',
      month: '2027-01',
      quarter: '2027-Q1',
    });
    expect(periodLabelsOf(new Date('2025-12-29T12:00:00Z')).week).toBe('2026-W01');
  });

  it('counts in Brussels time, not UTC', () => {
    // 23:30 UTC on Sunday 30 November is already Monday 1 December in Brussels.
    expect(periodLabelsOf(new Date('2025-11-30T23:30:00Z'))).toEqual({
      week: '2025-W49',
      month: '2025-12',
      quarter: '2025-Q4',
    });
  });

  it('changes the labels at local midnight in a zone a quarter hour off the hour, just after the same zone’s previous moment', () => {
    // Kathmandu is UTC+5:45: Friday 1 January 2027 begins at 18:15 UTC on 31 December.
    expect(periodLabelsOf(new Date('2026-12-31T18:14:59.999Z'), 'Asia/Kathmandu')).toEqual({
      week: '2026-W53',
      month: '2026-12',
      quarter: '2026-Q4',
    });
    expect(periodLabelsOf(new Date('2026-12-31T18:15:00Z'), 'Asia/Kathmandu')).toEqual({
      week: '2026-W53',
      month: '2027-01',
      quarter: '2027-Q1',
    });
    expect(periodLabelsOf(new Date('2026-12-31T18:15:00Z'))).toEqual({
      week: '2026-W53',
      month: '2026-12',
      quarter: '2026-Q4',
    });
  });

  it('recognises well-formed labels only', () => {
    expect(isPeriodLabel('week', '2026-W45')).toBe(true);
    expect(isPeriodLabel('week', '2026-W54')).toBe(false);
    expect(isPeriodLabel('month', '2026-13')).toBe(false);
    expect(isPeriodLabel('quarter', '2026-Q4')).toBe(true);
    expect(isPeriodLabel('quarter', '2026-q4')).toBe(false);
  });
});
