import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { departments, pulses, settings, teams } from '@/db/schema';
import { ANONYMITY_SETTINGS_KEY, thresholdsFromSetting } from '@/lib/anonymity/load-thresholds';
import type { AnonymityThresholds } from '@/lib/anonymity/thresholds';
import { type OrgStructure, buildOrgStructure } from '@/lib/organisation/org-structure';
import { ROLLUP_EPOCH_KEY, epochFromSetting } from '@/lib/rollups/rollup-epoch';

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
}

interface BaseRow {
  settings: Record<string, unknown>;
  departments: [id: number, name: string, parentId: number | null][];
  teams: [id: number, name: string, departmentId: number][];
  pulses: [id: number, week: string, month: string, quarter: string, closesAt: string][];
}

/** The structure, the settings and the pulses that have opened, in one statement: every report waits for these before it knows what else to read. */
export async function loadReportBase(db: Database, now = new Date()): Promise<ReportBase> {
  const settledBefore = new Date(now.getTime() - SETTLE_MS);
  const at = now.toISOString();
  const [row] = rowsOf<BaseRow>(
    await db.execute(sql`
      select
        (select coalesce(json_object_agg(key, value), '{}') from ${settings} where key in (${ANONYMITY_SETTINGS_KEY}, ${ROLLUP_EPOCH_KEY})) as settings,
        (select coalesce(json_agg(json_build_array(id, name, parent_id)), '[]') from ${departments}) as departments,
        (select coalesce(json_agg(json_build_array(id, name, department_id)), '[]') from ${teams}) as teams,
        (select coalesce(json_agg(json_build_array(id, week_label, month_label, quarter_label, closes_at) order by opens_at), '[]')
          from ${pulses} where opens_at <= ${at}::timestamptz) as pulses`),
  );
  if (!row) throw new Error('the report base statement returned no row');
  return {
    now,
    settledBefore,
    structure: buildOrgStructure(
      row.departments.map(([id, name, parentId]) => ({ id, name, parentId })),
      row.teams.map(([id, name, departmentId]) => ({ id, name, departmentId })),
    ),
    thresholds: thresholdsFromSetting(row.settings[ANONYMITY_SETTINGS_KEY]),
    pulseRows: row.pulses.map(([id, week, month, quarter, closesAt]) => ({ id, week, month, quarter, closesAt: new Date(closesAt) })),
    epoch: epochFromSetting(row.settings[ROLLUP_EPOCH_KEY]),
  };
}
