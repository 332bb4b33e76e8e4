import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { departments, publishedPeriods, pulses, settings, teams } from '@/db/schema';
import { ANONYMITY_SETTINGS_KEY, thresholdsFromSetting } from '@/lib/queries/settings/load-thresholds';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import { type OrgStructure, buildOrgStructure } from '@/lib/domain/organisation/org-structure';
import type { ReportPulse } from '@/lib/domain/reports/report-data';

/** What every report reads whatever its scope; one page's reports can share it. */
export interface ReportBase {
  structure: OrgStructure;
  thresholds: AnonymityThresholds;
  /** The pulses that have opened, oldest first. */
  pulses: ReportPulse[];
  /** `kind|label` of the periods whose cells are published. */
  publishedPeriods: Set<string>;
}

interface BaseRow {
  settings: Record<string, unknown>;
  departments: [id: number, name: string, parentId: number | null][];
  teams: [id: number, name: string, departmentId: number][];
  pulses: [id: number, week: string, month: string, quarter: string, closesAt: string][];
  published: string[];
}

/** The structure, the thresholds, the pulses that have opened and the published periods, in one statement. */
export async function loadReportBase(db: Database, now = new Date()): Promise<ReportBase> {
  const [row] = rowsOf<BaseRow>(
    await db.execute(sql`
      select
        (select coalesce(json_object_agg(key, value), '{}') from ${settings} where key = ${ANONYMITY_SETTINGS_KEY}) as settings,
        (select coalesce(json_agg(json_build_array(id, name, parent_id)), '[]') from ${departments}) as departments,
        (select coalesce(json_agg(json_build_array(id, name, department_id)), '[]') from ${teams}) as teams,
        (select coalesce(json_agg(json_build_array(id, week_label, month_label, quarter_label, closes_at) order by opens_at), '[]')
          from ${pulses} where opens_at <= ${now.toISOString()}::timestamptz) as pulses,
        (select coalesce(json_agg(period_kind::text || '|' || period_label), '[]') from ${publishedPeriods}) as published`),
  );
  if (!row) throw new Error('the report base statement returned no row');
  return {
    structure: buildOrgStructure(
      row.departments.map(([id, name, parentId]) => ({ id, name, parentId })),
      row.teams.map(([id, name, departmentId]) => ({ id, name, departmentId })),
    ),
    thresholds: thresholdsFromSetting(row.settings[ANONYMITY_SETTINGS_KEY]),
    pulses: row.pulses.map(([id, week, month, quarter, closesAt]) => ({
      id,
      labels: { week, month, quarter },
      closesAt: new Date(closesAt),
    })),
    publishedPeriods: new Set(row.published),
  };
}
