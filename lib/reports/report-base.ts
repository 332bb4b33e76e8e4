import { and, asc, gt, inArray, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, settings } from '@/db/schema';
import { ANONYMITY_SETTINGS_KEY, thresholdsFromSetting } from '@/lib/anonymity/load-thresholds';
import type { AnonymityThresholds } from '@/lib/anonymity/thresholds';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import type { OrgStructure } from '@/lib/organisation/org-structure';
import { ROLLUP_EPOCH_KEY, epochFromSetting } from '@/lib/rollups/rollup-epoch';
import { type TeamCounts, readTeamCounts } from './read-team-counts';

/** A pulse closed this long ago takes no more answers: a submission accepted just before it closed has committed. */
const SETTLE_MS = 60_000;

export interface PulseRow {
  id: number;
  week: string;
  month: string;
  quarter: string;
  closesAt: Date;
}

/** What every report reads whatever its scope; one page's reports can share it. */
export interface ReportBase {
  now: Date;
  /** Pulses that closed before this take no more answers. */
  settledBefore: Date;
  structure: OrgStructure;
  thresholds: AnonymityThresholds;
  /** The pulses that have opened, oldest first. */
  pulseRows: PulseRow[];
  epoch: number;
  /** Respondents per team of the pulses that have opened and not yet settled: never remembered. */
  unsettledCounts: TeamCounts;
}

export async function loadReportBase(db: Database, now = new Date()): Promise<ReportBase> {
  const settledBefore = new Date(now.getTime() - SETTLE_MS);
  const [structure, settingRows, pulseRows, unsettledCounts] = await Promise.all([
    loadOrgStructure(db),
    db.select({ key: settings.key, value: settings.value }).from(settings).where(inArray(settings.key, [ANONYMITY_SETTINGS_KEY, ROLLUP_EPOCH_KEY])),
    db
      .select({ id: pulses.id, week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel, closesAt: pulses.closesAt })
      .from(pulses)
      .where(lte(pulses.opensAt, now))
      .orderBy(asc(pulses.opensAt)),
    readTeamCounts(db, db.select({ id: pulses.id }).from(pulses).where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, settledBefore))).getSQL()),
  ]);
  const setting = (key: string) => settingRows.find((row) => row.key === key)?.value;
  return {
    now,
    settledBefore,
    structure,
    thresholds: thresholdsFromSetting(setting(ANONYMITY_SETTINGS_KEY)),
    pulseRows,
    epoch: epochFromSetting(setting(ROLLUP_EPOCH_KEY)),
    unsettledCounts,
  };
}
