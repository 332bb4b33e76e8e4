import type { PeriodKind } from '@/lib/periods/period-labels';
import type { ReportPulse } from './report-data';

export interface HeatmapWindow {
  /** The period the heatmap shows, or null when no pulse has opened yet. */
  at: string | null;
  /** Every finished period of the kind that has had a pulse, oldest first. */
  available: string[];
  /** The periods to read: `at`, the `depth` periods before it, and for weeks every week of their months. */
  labels: string[];
}

/**
 * Which periods a heatmap must read. A week's cells depend on every pulse of its month (a team
 * small in one week is hidden all month), so reading weeks alone would decide some cells
 * differently from the team trends: weeks are widened to their whole months.
 */
export function heatmapWindow(pulses: readonly ReportPulse[], kind: PeriodKind, at: string | null, depth = 1, isFinished: (label: string) => boolean = () => true): HeatmapWindow {
  const available = [...new Set(pulses.map((pulse) => pulse.labels[kind]))].filter(isFinished).sort();
  const chosen = at ?? available.at(-1) ?? null;
  const index = chosen === null ? -1 : available.indexOf(chosen);
  if (index < 0) return { at: chosen, available, labels: [] };
  const core = new Set(available.slice(Math.max(0, index - depth), index + 1));
  if (kind !== 'week') return { at: chosen, available, labels: [...core] };
  const months = new Set(pulses.filter((pulse) => core.has(pulse.labels.week)).map((pulse) => pulse.labels.month));
  const labels = new Set(pulses.filter((pulse) => months.has(pulse.labels.month)).map((pulse) => pulse.labels.week));
  return { at: chosen, available, labels: [...labels].sort() };
}
