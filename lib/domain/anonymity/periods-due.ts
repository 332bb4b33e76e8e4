import { periodEnd } from '@/lib/domain/periods/period-end';
import { PERIOD_KINDS, type PeriodKind, type PeriodLabels, periodKey } from '@/lib/domain/periods/period-labels';

/**
 * A pulse takes no more answers this long after it closed: a submission accepted just before the
 * close has committed by then. Measured on the database's clock, which every server shares.
 */
export const SETTLE_SECONDS = 60;

/** When a period is published: once it is over and its last pulse has closed and settled. */
export function publicationTime(kind: PeriodKind, label: string, lastClose: Date): Date {
  return new Date(Math.max(periodEnd(kind, label).getTime(), lastClose.getTime() + SETTLE_SECONDS * 1000));
}

export interface PulseForPublication {
  id: number;
  labels: PeriodLabels;
  closesAt: Date;
  /** Its atoms are frozen: it has closed and settled. */
  published: boolean;
}

export interface DuePeriod {
  kind: PeriodKind;
  label: string;
  pulseIds: number[];
}

/**
 * Where periods become final together: a month before the week that ends it, so it can still hold
 * that week's answers; the quarter, the final grain that pools whatever its months leave out, last.
 */
const DECISION_ORDER: Record<PeriodKind, number> = { month: 0, week: 1, quarter: 2 };

/**
 * The periods to decide now: over in the organisation's calendar (`current` holds the labels of
 * now), every pulse in them published, and not decided before. In the order they became final (the
 * last pulse's close), and where they did so together in DECISION_ORDER.
 */
export function periodsDue(
  pulses: readonly PulseForPublication[],
  current: PeriodLabels,
  decided: ReadonlySet<string>,
): DuePeriod[] {
  const periods = new Map<
    string,
    { kind: PeriodKind; label: string; pulseIds: number[]; lastClose: number; ready: boolean }
  >();
  for (const pulse of pulses) {
    for (const kind of PERIOD_KINDS) {
      const label = pulse.labels[kind];
      const key = periodKey(kind, label);
      const period = periods.get(key) ?? { kind, label, pulseIds: [], lastClose: 0, ready: label < current[kind] };
      period.pulseIds.push(pulse.id);
      period.lastClose = Math.max(period.lastClose, pulse.closesAt.getTime());
      period.ready &&= pulse.published;
      periods.set(key, period);
    }
  }
  return [...periods.entries()]
    .filter(([key, period]) => period.ready && !decided.has(key))
    .map(([, period]) => period)
    .sort(
      (a, b) =>
        a.lastClose - b.lastClose || DECISION_ORDER[a.kind] - DECISION_ORDER[b.kind] || a.label.localeCompare(b.label),
    )
    .map(({ kind, label, pulseIds }) => ({ kind, label, pulseIds }));
}
