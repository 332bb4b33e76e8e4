import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors';
import type { OrgStructure } from '@/lib/organisation/org-structure';
import { periodKey } from '@/lib/periods/finished-periods';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { type HeatmapWindow, heatmapWindow } from '@/lib/reports/heatmap-window';
import { loadInvitedByUnit } from '@/lib/reports/load-invited';
import { loadReportData } from '@/lib/reports/load-report-data';
import { type ReportBase, loadReportBase } from '@/lib/reports/report-base';
import type { ReportData } from '@/lib/reports/report-data';
import type { UnitKey } from '@/lib/rollups/units';

export interface HeatmapData {
  data: ReportData;
  /** The latest period, or the one asked for; null before the first pulse. */
  at: string | null;
  /** Every period of the kind that has had a pulse, oldest first. */
  available: string[];
}

/**
 * The rollups a heatmap of period `at` (and the `depth` periods before it) needs for the `units`
 * it shows, read through the same publication rule as every other report. Authorization is the
 * caller's: this reads no one's data on its own.
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
  const labels = (pulses: Parameters<typeof heatmapWindow>[0], finished: ReadonlySet<string>) => {
    window = heatmapWindow(pulses, kind, at ?? null, depth, (label) => finished.has(periodKey(kind, label)));
    return window.labels;
  };
  const data = await loadReportData(db, { kinds: [kind], labels, units }, base);
  if (at !== undefined && !data.pulses.some((pulse) => pulse.labels[kind] === at)) throw new AppError('invalid_input', `No pulse was asked in ${kind} ${at}.`);
  if (at !== undefined && !window.available.includes(at)) {
    throw new AppError('invalid_input', `The results of ${kind} ${at} appear once it is over and its pulses have closed.`);
  }
  return { data, at: window.at, available: window.available };
}

/** Invited people per unit for the period, the denominator of participation; empty before the first pulse. */
export async function loadHeatmapInvited(db: Database, heatmap: HeatmapData, kind: PeriodKind, at: string | null): Promise<Map<UnitKey, number>> {
  return at === null ? new Map() : loadInvitedByUnit(db, heatmap.data.structure, kind, at);
}
