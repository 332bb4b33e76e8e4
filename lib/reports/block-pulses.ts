import { periodKey } from '@/lib/periods/finished-periods';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { ReportPulse } from './report-data';

/**
 * The pulses whose anonymity blocks decide the cells a report can show: every pulse of each month
 * that holds a pulse of a finished period in scope. The whole month, because a team small in one
 * week of a month is hidden all month; nothing of periods that are not shown yet.
 */
export function blockPulses(pulses: readonly ReportPulse[], kinds: readonly PeriodKind[], labels: ReadonlySet<string> | null, finished: ReadonlySet<string>): ReportPulse[] {
  const months = new Set<string>();
  for (const pulse of pulses) {
    for (const kind of kinds) {
      const label = pulse.labels[kind];
      if ((!labels || labels.has(label)) && finished.has(periodKey(kind, label))) months.add(pulse.labels.month);
    }
  }
  return pulses.filter((pulse) => months.has(pulse.labels.month));
}
