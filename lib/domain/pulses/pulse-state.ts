export type PulseState = 'upcoming' | 'open' | 'closed';

/** A pulse is open from its opening moment up to, not including, its closing moment: derived from time, no job needed. */
export function pulseState(pulse: { opensAt: Date; closesAt: Date }, now: Date): PulseState {
  if (now < pulse.opensAt) return 'upcoming';
  return now < pulse.closesAt ? 'open' : 'closed';
}
