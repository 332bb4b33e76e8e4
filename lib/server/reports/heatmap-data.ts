import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/domain/errors';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { heatmapWindow, publishedLabels } from '@/lib/domain/reports/heatmap-window';
import type { ReportData } from '@/lib/domain/reports/report-data';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import type { ReportBase } from '@/lib/queries/reports/report-base';

/**
 * What a period asked for that has no published results gets: the API refuses it (422); the pages
 * show the latest period instead, and say which period they show.
 */
export type UnpublishedPeriod = 'refuse' | 'show-latest';

export interface HeatmapRead {
  kind: PeriodKind;
  /** The period asked for; the latest published when absent. */
  at: string | undefined;
  unpublished: UnpublishedPeriod;
  units: (structure: OrgStructure) => UnitKey[];
  /** How many periods before the one shown to read, when a period is shown as asked or as the latest. */
  depth: { asked: number; latest: number };
}

export interface HeatmapData {
  data: ReportData;
  /** The period asked for, or the latest published; null before the first is published. */
  at: string | null;
  /** Whether `at` is the latest published rather than a period asked for. */
  latest: boolean;
  /** Every published period of the kind, oldest first. */
  available: string[];
}

/**
 * The published cells a heatmap of the period asked for (and the periods before it) needs for the
 * units it shows, the period chosen from the published ones before any cell is read.
 * Authorization is the caller's: this reads no one's data on its own.
 */
export async function loadHeatmapData(
  db: Database,
  read: HeatmapRead,
  base: ReportBase | Promise<ReportBase>,
): Promise<HeatmapData> {
  const { kind, at } = read;
  const { publishedPeriods } = await base;
  const honoured =
    at !== undefined && (read.unpublished === 'refuse' || publishedLabels(publishedPeriods, kind).includes(at));
  const asked = honoured ? at : null;
  const window = heatmapWindow(publishedPeriods, kind, asked, asked === null ? read.depth.latest : read.depth.asked);
  const data = await loadReportData(db, { kinds: [kind], labels: () => window.labels, units: read.units }, base);
  if (asked !== null && !data.pulses.some((pulse) => pulse.labels[kind] === asked))
    throw new AppError('invalid_input', `No pulse was asked in ${kind} ${asked}.`);
  if (asked !== null && !window.available.includes(asked)) {
    throw new AppError(
      'invalid_input',
      `The results of ${kind} ${asked} are published once it is over and its pulses have closed.`,
    );
  }
  return { data, at: window.at, latest: asked === null, available: window.available };
}
