import { periodLabelsOf } from './period-labels';

/** A pulse row with the periods it counts in; every pulse is written through this. */
export function withPeriodLabels<T extends { opensAt: Date }>(pulse: T) {
  const labels = periodLabelsOf(pulse.opensAt);
  return { ...pulse, weekLabel: labels.week, monthLabel: labels.month, quarterLabel: labels.quarter };
}
