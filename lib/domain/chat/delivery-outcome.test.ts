import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  backoffSeconds,
  nextStep,
  outcomeOfSlackError,
  outcomeOfStatus,
  parseRetryAfter,
} from './delivery-outcome';

const NOW = new Date('2026-12-06T10:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Sun, 06 Dec 2026 10:02:00 GMT', NOW)).toBe(120);
    expect(parseRetryAfter('Sun, 06 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
  });
});

describe('an attempt', () => {
  it('is delivered on 2xx, tried again on 408, 429 and 5xx, and refused for good otherwise', () => {
    expect(outcomeOfStatus(202, null)).toEqual({ result: 'delivered' });
    expect(outcomeOfStatus(429, 7)).toEqual({ result: 'retry', error: 'HTTP 429', retryAfterSeconds: 7 });
    expect(outcomeOfStatus(503, null)).toMatchObject({ result: 'retry' });
    expect(outcomeOfStatus(408, null)).toMatchObject({ result: 'retry' });
    expect(outcomeOfStatus(400, null)).toEqual({ result: 'failed', error: 'HTTP 400' });
    expect(outcomeOfStatus(404, 3)).toEqual({ result: 'failed', error: 'HTTP 404' });
  });

  it("reads Slack's logical errors: a person not found is for good, a passing fault is not", () => {
    expect(outcomeOfSlackError('users_not_found', null)).toEqual({ result: 'failed', error: 'users_not_found' });
    expect(outcomeOfSlackError('invalid_auth', null)).toMatchObject({ result: 'failed' });
    expect(outcomeOfSlackError('ratelimited', 4)).toEqual({
      result: 'retry',
      error: 'ratelimited',
      retryAfterSeconds: 4,
    });
    expect(outcomeOfSlackError('internal_error', null)).toMatchObject({ result: 'retry' });
  });
});

describe('the next step', () => {
  it('waits as long as the service asks, up to a day, and backs off when it does not say', () => {
    const retry = (retryAfterSeconds: number | null) => ({
      result: 'retry' as const,
      error: 'HTTP 503',
      retryAfterSeconds,
    });
    expect(nextStep(retry(5), 1)).toEqual({ status: 'waiting', delaySeconds: 5, error: 'HTTP 503' });
    expect(nextStep(retry(10 * 86_400), 1)).toMatchObject({ delaySeconds: 86_400 });
    expect([1, 2, 3, 4, 5, 6, 7].map((attempts) => nextStep(retry(null), attempts))).toEqual(
      [60, 180, 540, 1620, 4860, 14_580, 21_600].map((delaySeconds) => ({
        status: 'waiting',
        delaySeconds,
        error: 'HTTP 503',
      })),
    );
    expect(backoffSeconds(20)).toBe(21_600);
  });

  it(`gives up after attempt ${MAX_ATTEMPTS}, and at once on a refusal`, () => {
    expect(nextStep({ result: 'retry', error: 'HTTP 503', retryAfterSeconds: 1 }, MAX_ATTEMPTS)).toEqual({
      status: 'failed',
      error: `HTTP 503 (after ${MAX_ATTEMPTS} attempts)`,
    });
    expect(nextStep({ result: 'failed', error: 'users_not_found' }, 1)).toEqual({
      status: 'failed',
      error: 'users_not_found',
    });
    expect(nextStep({ result: 'delivered' }, 3)).toEqual({ status: 'delivered' });
  });
});
