import { type PeriodKind, periodKey } from '@/lib/domain/periods/period-labels';

export interface HeatmapWindow {
  /** The period the heatmap shows, or null when none is published yet. */
  at: string | null;
  /** Every published period of the kind, oldest first. */
  available: string[];
  /** The periods to read: `at` and the `depth` periods before it. */
  labels: string[];
}

/** The published periods of a kind, oldest first. */
export function publishedLabels(published: ReadonlySet<string>, kind: PeriodKind): string[] {
  const prefix = periodKey(kind, '');
  return [...published]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .sort();
}

/** Which periods a heatmap must read: the one it shows (the latest published when none is asked) and the `depth` before it. */
export function heatmapWindow(
  published: ReadonlySet<string>,
  kind: PeriodKind,
  at: string | null,
  depth = 1,
): HeatmapWindow {
  const available = publishedLabels(published, kind);
  const chosen = at ?? available.at(-1) ?? null;
  const index = chosen === null ? -1 : available.indexOf(chosen);
  if (index < 0) return { at: chosen, available, labels: [] };
  return { at: chosen, available, labels: available.slice(Math.max(0, index - depth), index + 1) };
}
