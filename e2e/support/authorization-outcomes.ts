import type { Outcome } from './authorization-cases';
import type { Observation } from './authorization-requests';

/** Whether `actual` holds everything `expected` has: objects by their fields, anything else by equality. */
function holds(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(expected, actual);
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([key, value]) => holds(value, (actual as Record<string, unknown>)[key]));
}

/** The outcome of a request that is sent. */
export type SentOutcome = Exclude<Outcome, { notSent: string }>;

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Whether what came back is the outcome expected; `home` is the role's landing page. */
export function matches(expected: SentOutcome, observed: Observation, home: string | null): boolean {
  if (typeof expected === 'number')
    return observed.status === expected && observed.redirect === null && !observed.action?.returned;
  if (expected === 'login') return observed.redirect === '/login';
  if (expected === 'home') return home !== null && observed.redirect === home;
  if ('redirect' in expected) return observed.redirect === expected.redirect;
  if ('json' in expected) return observed.status === expected.status && holds(expected.json, observed.json);
  return (
    observed.status === 200 &&
    observed.redirect === null &&
    observed.action?.returned === true &&
    holds(expected.returned, observed.action.value)
  );
}

export function describeExpected(expected: SentOutcome, home: string | null): string {
  if (typeof expected === 'number') return String(expected);
  if (expected === 'login') return 'a redirect to /login';
  if (expected === 'home') return `a redirect to ${home ?? 'a home page'}`;
  if ('redirect' in expected) return `a redirect to ${expected.redirect}`;
  if ('json' in expected) return `${expected.status} with ${show(expected.json)}`;
  return `the action returning ${show(expected.returned)}`;
}

export function describeObserved(observed: Observation): string {
  const parts = [String(observed.status)];
  if (observed.redirect !== null) parts.push(`redirect to ${observed.redirect}`);
  if (observed.action) parts.push(observed.action.returned ? `returned ${show(observed.action.value)}` : 'no result');
  else if (observed.json !== undefined) parts.push(JSON.stringify(observed.json).slice(0, 200));
  return parts.join(', ');
}
