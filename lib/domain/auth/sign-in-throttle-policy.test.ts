import { describe, expect, it } from 'vitest';
import {
  THROTTLE_LIMITS,
  type ThrottleState,
  accountKey,
  countFailure,
  delayAfter,
  lockIfDue,
  retryAt,
} from './sign-in-throttle-policy';

const account = THROTTLE_LIMITS.account;
const address = THROTTLE_LIMITS.address;
const start = new Date('2027-03-01T09:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;

/** Failures as fast as the rules allow: each one as soon as the key may try again. */
function failRepeatedly(times: number, limits = account) {
  let state: ThrottleState | null = null;
  let now = start;
  const locks: { from: Date; until: Date }[] = [];
  for (let i = 0; i < times; i += 1) {
    now = retryAt(state, limits, now) ?? now;
    state = countFailure(state, limits, now);
    const locked = lockIfDue(state, limits, now);
    if (locked) {
      state = locked;
      locks.push({ from: now, until: locked.lockedUntil! });
    }
  }
  return { state: state!, now, locks };
}

describe('the sign-in throttle for an account', () => {
  it('lets the first few failures through at once, then makes each wait twice as long as the last', () => {
    expect([0, 1, 4].map((failures) => delayAfter(failures, account))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((failures) => delayAfter(failures, account))).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(delayAfter(40, account)).toBe(account.maxDelayMs);
  });

  it('asks a key in its delay to come back when the delay ends, and nothing after it', () => {
    const state: ThrottleState = { failures: 6, lastFailureAt: start, lockedUntil: null, locks: 0 };
    expect(retryAt(state, account, at(500))).toEqual(at(2000));
    expect(retryAt(state, account, at(2000))).toBeNull();
  });

  it('makes no one wait during the free failures, even by a clock a little behind the one that wrote them', () => {
    const state: ThrottleState = { failures: 4, lastFailureAt: start, lockedUntil: null, locks: 0 };
    expect(retryAt(state, account, at(-50))).toBeNull();
  });

  it('locks on the tenth failure for 15 minutes, with the count started afresh', () => {
    const { state, now, locks } = failRepeatedly(10);
    expect(locks).toEqual([{ from: now, until: new Date(now.getTime() + 15 * MINUTE) }]);
    expect(state).toMatchObject({ failures: 0, locks: 1 });
    expect(retryAt(state, account, new Date(now.getTime() + 14 * MINUTE))).toEqual(locks[0]!.until);
    expect(retryAt(state, account, locks[0]!.until)).toBeNull();
  });

  it('locks each time longer than the last, up to its cap', () => {
    const { locks } = failRepeatedly(80);
    const minutes = locks.map(({ from, until }) => (until.getTime() - from.getTime()) / MINUTE);
    expect(minutes).toEqual([15, 30, 60, 120, 240, 240, 240, 240]);
  });

  it('allows no more than 100 failures a day, the most NIST SP 800-63B allows in a row', () => {
    const { now } = failRepeatedly(101);
    expect(now.getTime() - start.getTime()).toBeGreaterThan(24 * 60 * MINUTE);
  });

  it('forgets failures and earlier locks after a quiet day, counted from the end of the last lock', () => {
    const { state, locks } = failRepeatedly(20);
    const lockEnds = locks[1]!.until.getTime();
    expect(countFailure(state, account, new Date(lockEnds + 23 * 60 * MINUTE))).toMatchObject({
      failures: 1,
      locks: 2,
    });
    expect(countFailure(state, account, new Date(lockEnds + 24 * 60 * MINUTE))).toMatchObject({
      failures: 1,
      locks: 0,
    });
  });

  it('keys an account by its email in lowercase, without stray spaces', () => {
    expect(accountKey('  Leader@Demo.TEST ')).toBe('leader@demo.test');
  });
});

describe('the sign-in throttle for a client address', () => {
  it('leaves an office behind one address alone for a hundred failures, then slows and in the end locks it', () => {
    expect(delayAfter(99, address)).toBe(0);
    expect(delayAfter(100, address)).toBe(1000);
    const { locks, now } = failRepeatedly(150, address);
    expect(locks).toEqual([{ from: now, until: new Date(now.getTime() + 15 * MINUTE) }]);
  });

  it('forgets an address after an hour without failures', () => {
    const state: ThrottleState = { failures: 120, lastFailureAt: start, lockedUntil: null, locks: 0 };
    expect(retryAt(state, address, at(59 * MINUTE))).toBeNull();
    expect(countFailure(state, address, at(59 * MINUTE)).failures).toBe(121);
    expect(countFailure(state, address, at(60 * MINUTE)).failures).toBe(1);
  });
});
