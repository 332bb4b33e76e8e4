/**
 * When failed password sign-ins make a key wait or lock it: pure rules, no database. A key is an
 * account (its lowercased email, whether or not the account exists, so a lock never tells) or a
 * client address. See OWASP ASVS v5, 6.1.1 and 6.3.1.
 */
export type ThrottleScope = 'account' | 'address';

export interface ThrottleLimits {
  /** Failures in a row that cost nothing but the failure itself. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** The failure, counted since the last lock, that locks the key. */
  lockAtFailures: number;
  /** The first lock lasts this long; each further lock twice as long as the one before. */
  firstLockMs: number;
  maxLockMs: number;
  /** A key quiet for this long (no failure, no lock) starts afresh: its failures and locks are forgotten. */
  forgetAfterMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const THROTTLE_LIMITS: Record<ThrottleScope, ThrottleLimits> = {
  // A person who mistypes a few times never notices; a script gets 10 guesses, then 15 minutes of
  // nothing, then longer: about 90 guesses a day at most, within NIST SP 800-63B's 100 in a row.
  // The delays before the lock cost a person a few seconds and give a script nothing.
  account: {
    freeFailures: 5,
    firstDelayMs: SECOND,
    maxDelayMs: MINUTE,
    lockAtFailures: 10,
    firstLockMs: 15 * MINUTE,
    maxLockMs: 4 * HOUR,
    forgetAfterMs: 24 * HOUR,
  },
  // A whole office can share one address behind its NAT, so one person typing wrong passwords must
  // not lock the others out: only a stream of failures across accounts (credential stuffing) is
  // slowed, and an hour without failures forgets them, as an office's working day has quiet hours.
  address: {
    freeFailures: 100,
    firstDelayMs: SECOND,
    maxDelayMs: MINUTE,
    lockAtFailures: 150,
    firstLockMs: 15 * MINUTE,
    maxLockMs: 2 * HOUR,
    forgetAfterMs: HOUR,
  },
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
  /** How many times the key was locked since it was last forgotten. */
  locks: number;
}

function fresh(now: Date): ThrottleState {
  return { failures: 0, lastFailureAt: now, lockedUntil: null, locks: 0 };
}

/** The state that counts now: a key quiet for long enough is forgotten. */
export function currentState(state: ThrottleState | null, limits: ThrottleLimits, now: Date): ThrottleState {
  if (!state) return fresh(now);
  const quietSince = Math.max(state.lastFailureAt.getTime(), state.lockedUntil?.getTime() ?? 0);
  return now.getTime() - quietSince >= limits.forgetAfterMs ? fresh(now) : state;
}

/** How long a key waits after its failures, before any lock. */
export function delayAfter(failures: number, limits: ThrottleLimits): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(limits.firstDelayMs * 2 ** (failures - limits.freeFailures), limits.maxDelayMs);
}

/** When the key may try again, or null when it may try now. */
export function retryAt(state: ThrottleState | null, limits: ThrottleLimits, now: Date): Date | null {
  const current = currentState(state, limits, now);
  if (current.lockedUntil && current.lockedUntil > now) return current.lockedUntil;
  const delay = delayAfter(current.failures, limits);
  // Without a delay there is nothing to wait for, even when another server's clock ran a little ahead.
  const delayEnds = new Date(current.lastFailureAt.getTime() + delay);
  return delay > 0 && delayEnds > now ? delayEnds : null;
}

/** The state after one more failure (or, for an account, one more attempt being verified). */
export function countFailure(state: ThrottleState | null, limits: ThrottleLimits, now: Date): ThrottleState {
  const current = currentState(state, limits, now);
  return { ...current, failures: current.failures + 1, lastFailureAt: now };
}

/** The locked state when the key's failures reach the lock, else null; a lock starts the count afresh. */
export function lockIfDue(state: ThrottleState, limits: ThrottleLimits, now: Date): ThrottleState | null {
  if (state.failures < limits.lockAtFailures) return null;
  const lockMs = Math.min(limits.firstLockMs * 2 ** state.locks, limits.maxLockMs);
  return { failures: 0, lastFailureAt: now, lockedUntil: new Date(now.getTime() + lockMs), locks: state.locks + 1 };
}

/** The account key: the email as people type it, in any case, with stray spaces. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
