import { type ChangeTestResult, changeTest } from './change-test';
import type { ConnectionStatistics } from './connection-score';
import type { PersonMeanOverlap, PersonMeans } from './person-means';
import { welchTest } from './welch-test';

export interface ConnectionPeriod {
  statistics: ConnectionStatistics;
  /** The composite person means, where published. */
  composite: PersonMeans | null;
}

/**
 * Whether a group's connection score changed since the previous period, two-sided. Where both
 * periods publish composite person means, the lines' own test on them (partially overlapping
 * samples with the composite overlap, lib/domain/stats/change-test.ts); otherwise Welch's test on the two
 * scores with each side's bound standard error (lib/domain/stats/connection-score.ts), which, like the
 * answers' test of a line, finds fewer changes, never more.
 */
export function connectionChangeTest(
  now: ConnectionPeriod,
  before: ConnectionPeriod,
  overlap: PersonMeanOverlap | null,
): (Omit<ChangeTestResult, 'method'> & { method: ChangeTestResult['method'] | 'bound' }) | null {
  const bothComposite = now.statistics.method === 'person-means' && before.statistics.method === 'person-means';
  if (bothComposite && now.composite && before.composite) return changeTest(now.composite, before.composite, overlap);
  if (!now.statistics.sample || !before.statistics.sample) return null;
  const welch = welchTest(now.statistics.sample, before.statistics.sample);
  return welch && { ...welch, method: 'bound' };
}
