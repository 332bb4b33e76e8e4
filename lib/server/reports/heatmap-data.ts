import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/domain/errors';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type HeatmapWindow, heatmapWindow } from '@/lib/domain/reports/heatmap-window';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { type ReportBase, loadReportBase } from '@/lib/queries/reports/report-base';
import type { ReportData } from '@/lib/domain/reports/report-data';
import type { UnitKey } from '@/lib/domain/rollups/units';

export interface HeatmapData {
  data: ReportData;
  /** The latest published period, or the one asked for; null before the first is published. */
  at: string | null;
  /** Every published period of the kind, oldest first. */
  available: string[];
}

/**
 * The published cells a heatmap of period `at` (and the `depth` periods before it) needs for the
 * `units` it shows. Authorization is the caller's: this reads no one's data on its own.
 */
export async function loadHeatmapData(
  db: Database,
  kind: PeriodKind,
  at: string | undefined,
  units: (structure: OrgStructure) => UnitKey[],
  depth = 1,
  base: ReportBase | Promise<ReportBase> = loadReportBase(db),
): Promise<HeatmapData> {
  let window: HeatmapWindow = { at: null, available: [], labels: [] };
  const labels = (published: ReadonlySet<string>) => {
    window = heatmapWindow(published, kind, at ?? null, depth);
    return window.labels;
  };
  const data = await loadReportData(db, { kinds: [kind], labels, units }, base);
  if (at !== undefined && !data.pulses.some((pulse) => pulse.labels[kind] === at)) throw new AppError('invalid_input', `No pulse was asked in ${kind} ${at}.`);
  if (at !== undefined && !window.available.includes(at)) {
    throw new AppError('invalid_input', `The results of ${kind} ${at} are published once it is over and its pulses have closed.`);
  }
  return { data, at: window.at, available: window.available };
}
