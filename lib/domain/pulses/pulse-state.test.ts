import { describe, expect, it } from 'vitest';
import { pulseState } from './pulse-state';

describe('pulse state', () => {
  const pulse = { opensAt: new Date('2026-11-30T05:00:00Z'), closesAt: new Date('2026-12-07T05:00:00Z') };

  it('is open from the opening moment to just before the closing moment', () => {
    expect(pulseState(pulse, new Date('2026-11-30T04:59:59.999Z'))).toBe('upcoming');
    expect(pulseState(pulse, new Date('2026-11-30T05:00:00Z'))).toBe('open');
    expect(pulseState(pulse, new Date('2026-12-07T04:59:59.999Z'))).toBe('open');
    expect(pulseState(pulse, new Date('2026-12-07T05:00:00Z'))).toBe('closed');
  });
});
