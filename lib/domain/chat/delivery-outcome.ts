/** What one attempt to send a chat message came to. */
export type DeliveryOutcome =
  | { result: 'delivered' }
  /** Worth another attempt (rate limited, the service failing or out of reach), after `retryAfterSeconds` when it said. */
  | { result: 'retry'; error: string; retryAfterSeconds: number | null }
  /** Never worth another: the person is not there, or the request was refused for good. */
  | { result: 'failed'; error: string };

/** Attempts per message before it is given up. */
export const MAX_ATTEMPTS = 8;

const MINUTE = 60;
const LONGEST_BACKOFF = 6 * 60 * MINUTE;
/** A service that asks for a longer pause than a day is waited for a day. */
const LONGEST_RETRY_AFTER = 24 * 60 * MINUTE;

/**
 * How long to wait after failed attempt `attempts` (1 for the first) when the service did not say:
 * 1, 3, 9, 27, 81 and 243 minutes, then 6 hours; about twelve hours from the first attempt to the last.
 */
export function backoffSeconds(attempts: number): number {
  return Math.min(LONGEST_BACKOFF, MINUTE * 3 ** Math.max(0, attempts - 1));
}

/** `Retry-After` as seconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** An HTTP answer in itself: 2xx delivered; 408, 429 and 5xx again later; any other refusal for good. */
export function outcomeOfStatus(status: number, retryAfterSeconds: number | null): DeliveryOutcome {
  if (status >= 200 && status < 300) return { result: 'delivered' };
  if (status === 408 || status === 429 || status >= 500)
    return { result: 'retry', error: `HTTP ${status}`, retryAfterSeconds };
  return { result: 'failed', error: `HTTP ${status}` };
}

/** Slack's `{ ok: false, error }` codes that a later attempt may get past; any other is for good. */
const TRANSIENT_SLACK_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export function outcomeOfSlackError(error: string, retryAfterSeconds: number | null): DeliveryOutcome {
  return TRANSIENT_SLACK_ERRORS.has(error)
    ? { result: 'retry', error, retryAfterSeconds }
    : { result: 'failed', error };
}

export type DeliveryStep =
  | { status: 'delivered' }
  | { status: 'waiting'; delaySeconds: number; error: string }
  | { status: 'failed'; error: string };

/** What becomes of a message after its attempt number `attempts`: delivered, waiting for the next, or given up. */
export function nextStep(outcome: DeliveryOutcome, attempts: number): DeliveryStep {
  if (outcome.result === 'delivered') return { status: 'delivered' };
  if (outcome.result === 'failed') return { status: 'failed', error: outcome.error };
  if (attempts >= MAX_ATTEMPTS) return { status: 'failed', error: `${outcome.error} (after ${attempts} attempts)` };
  const delaySeconds =
    outcome.retryAfterSeconds === null
      ? backoffSeconds(attempts)
      : Math.min(outcome.retryAfterSeconds, LONGEST_RETRY_AFTER);
  return { status: 'waiting', delaySeconds, error: outcome.error };
}
