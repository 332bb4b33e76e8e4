import { periodEnd } from './period-end';
import { type PeriodKind, periodLabelsOf } from './period-labels';

// Time-zone arithmetic is slow, and every report's time axis asks for the same few hundred periods.
const nextPeriods = new Map<string, string>();

/** The period right after `label`: the one its end falls in. */
export function nextPeriod(kind: PeriodKind, label: string): string {
  const key = `${kind}:${label}`;
  let next = nextPeriods.get(key);
  if (next === undefined) {
    next = periodLabelsOf(periodEnd(kind, label))[kind];
    nextPeriods.set(key, next);
  }
  return next;
}

/** Every period from `from` to `to`, both included, in time order (none when `to` comes first): a time axis. */
export function periodsFromTo(kind: PeriodKind, from: string, to: string): string[] {
  const periods: string[] = [];
  // Labels of one kind sort as text in time order.
  for (let period = from; period <= to; period = nextPeriod(kind, period)) periods.push(period);
  return periods;
}
