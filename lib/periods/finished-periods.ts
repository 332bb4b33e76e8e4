import { PERIOD_KINDS, type PeriodKind, type PeriodLabels, periodLabelsOf } from './period-labels';

export const periodKey = (kind: PeriodKind, label: string) => `${kind}|${label}`;

/**
 * The periods whose results may be shown: the period is over and every pulse in it has closed.
 * Figures of a period still collecting answers would change with each answer, and a leader who
 * looked before and after a colleague answered could subtract the two to see that one person.
 */
export function finishedPeriods(
  pulses: readonly { week: string; month: string; quarter: string; closesAt: Date }[],
  now: Date,
  current: PeriodLabels = periodLabelsOf(now),
): Set<string> {
  const unfinished = new Set<string>();
  const all = new Set<string>();
  for (const pulse of pulses) {
    for (const kind of PERIOD_KINDS) {
      const key = periodKey(kind, pulse[kind]);
      all.add(key);
      if (pulse[kind] >= current[kind] || pulse.closesAt > now) unfinished.add(key);
    }
  }
  return new Set([...all].filter((key) => !unfinished.has(key)));
}
