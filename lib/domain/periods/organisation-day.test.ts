import { describe, expect, it } from 'vitest';
import { organisationDay } from './organisation-day';

describe('the organisation’s day', () => {
  it('is the calendar day in Brussels, not in UTC', () => {
    expect(organisationDay(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(organisationDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(organisationDay(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
