import { describe, expect, it } from 'vitest';
import { dayAfter } from './mail-timing';

describe('dayAfter', () => {
  it('is the next calendar day, across months, years and the change to summer time', () => {
    expect(dayAfter('2026-11-30')).toBe('2026-12-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2027-03-28')).toBe('2027-03-29');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});
