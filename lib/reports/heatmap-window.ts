import type { PeriodKind } from '@/lib/periods/period-labels';
import type { ReportPulse } from './report-data';

export interface HeatmapWindow {
  /** The period the heatmap shows, or null when no pulse has opened yet. */
  at: string | null;
  /** Every finished period of the kind that has had a pulse, oldest first. */
  available: string[];
  /** The periods to read: `at` and the `depth` periods before it. */
  labels: string[];
}

/**
 * Which periods a heatmap must read. (A week's cells also depend on every pulse of its month; the
 * loader reads the team counts of whole months for the anonymity blocks, lib/reports/block-pulses.ts.)
 */
export function heatmapWindow(pulses: readonly ReportPulse[], kind: PeriodKind, at: string | null, depth = 1, isFinished: (label: string) => boolean = () => true): HeatmapWindow {
  const available = [...new Set(pulses.map((pulse) => pulse.labels[kind]))].filter(isFinished).sort();
  const chosen = at ?? available.at(-1) ?? null;
  const index = chosen === null ? -1 : available.indexOf(chosen);
  if (index < 0) return { at: chosen, available, labels: [] };
  return { at: chosen, available, labels: available.slice(Math.max(0, index - depth), index + 1) };
}
