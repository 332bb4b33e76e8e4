import { asc, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { pulses } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { finishedPeriods } from '@/lib/periods/finished-periods';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { type ReportData, type ReportPulse, cellKey, lineKey } from '@/lib/reports/report-data';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';

export interface RawScope {
  kinds: PeriodKind[];
  /** Only these periods (of the single kind asked); all when null. */
  labels: string[] | null;
  /** Only these units; all when null. */
  units: UnitKey[] | null;
}

const LABEL_COLUMN: Record<PeriodKind, SQL> = { week: sql`p.week_label`, month: sql`p.month_label`, quarter: sql`p.quarter_label` };

/** Each team with every unit its answers count in: itself, each department up the tree, the organisation. */
const TEAM_UNITS = sql`
  with recursive chain(team_id, department_id) as (
    select id, department_id from teams
    union all
    select c.team_id, d.parent_id from chain c join departments d on d.id = c.department_id where d.parent_id is not null
  ), team_units(team_id, unit) as (
    select id, 'team:' || id from teams
    union all select team_id, 'department:' || department_id from chain
    union all select id, 'org' from teams
  )`;

/**
 * The same ReportData that lib/reports/load-report-data.ts reads from the rollups, computed with a
 * plain aggregation over the raw tables (answers → responses → pulses → teams): the baseline the
 * rollups are measured against, and a check that they hold the same figures. It computes every
 * pulse's anonymity blocks afresh (no `knownBreaks`), as a server without the rollups would.
 */
export async function loadRawReportData(db: Database, scope: RawScope, now = new Date()): Promise<ReportData> {
  const [structure, thresholds, pulseRows] = await Promise.all([
    loadOrgStructure(db),
    loadAnonymityThresholds(db),
    db
      .select({ id: pulses.id, week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel, closesAt: pulses.closesAt })
      .from(pulses)
      .where(lte(pulses.opensAt, now))
      .orderBy(asc(pulses.opensAt)),
  ]);
  const reportPulses: ReportPulse[] = pulseRows.map(({ id, week, month, quarter }) => ({ id, labels: { week, month, quarter } }));
  const onlyKind = scope.kinds.length === 1 ? scope.kinds[0] : undefined;
  const labelFilter = (kind: PeriodKind) => (scope.labels && onlyKind === kind ? sql`and ${LABEL_COLUMN[kind]} in (${sql.join(scope.labels.map((l) => sql`${l}`), sql`, `)})` : sql``);
  const unitFilter = scope.units ? sql`and tu.unit in (${sql.join(scope.units.map((u) => sql`${u}`), sql`, `)})` : sql``;
  const opened = sql`p.opens_at <= ${now.toISOString()}::timestamptz`;

  // The anonymity blocks of a period's pulses depend on every pulse of their months.
  const teamPulseQuery = db.execute(sql`
    select r.team_id, r.pulse_id, count(*)::int as respondents
    from responses r join pulses p on p.id = r.pulse_id
    where ${opened} ${onlyKind && scope.labels ? sql`and p.month_label in (select p.month_label from pulses p where true ${labelFilter(onlyKind)})` : sql``}
    group by r.team_id, r.pulse_id`);
  const perKind = scope.kinds.map(async (kind) => {
    const [respondentRows, lineRows] = await Promise.all([
      db.execute(sql`${TEAM_UNITS}
        select tu.unit, ${LABEL_COLUMN[kind]} as label, count(distinct r.person_id)::int as respondents
        from responses r
        join pulses p on p.id = r.pulse_id
        join team_units tu on tu.team_id = r.team_id
        where ${opened} ${labelFilter(kind)} ${unitFilter}
        group by tu.unit, ${LABEL_COLUMN[kind]}`),
      db.execute(sql`${TEAM_UNITS}
        select tu.unit, ${LABEL_COLUMN[kind]} as label, si.line,
          (count(*) filter (where a.score = 1))::int as s1, (count(*) filter (where a.score = 2))::int as s2,
          (count(*) filter (where a.score = 3))::int as s3, (count(*) filter (where a.score = 4))::int as s4,
          (count(*) filter (where a.score = 5))::int as s5
        from answers a
        join responses r on r.id = a.response_id
        join pulses p on p.id = r.pulse_id
        join survey_items si on si.id = a.item_id
        join team_units tu on tu.team_id = r.team_id
        where ${opened} ${labelFilter(kind)} ${unitFilter}
        group by tu.unit, ${LABEL_COLUMN[kind]}, si.line`),
    ]);
    return { kind, respondentRows, lineRows };
  });
  const [teamPulseRows, ...kinds] = await Promise.all([teamPulseQuery, ...perKind]);

  const teamPulseRespondents = new Map<number, Map<number, number>>();
  for (const row of rowsOf<{ team_id: number; pulse_id: number; respondents: number }>(teamPulseRows)) {
    const byTeam = teamPulseRespondents.get(Number(row.pulse_id)) ?? new Map<number, number>();
    teamPulseRespondents.set(Number(row.pulse_id), byTeam.set(Number(row.team_id), Number(row.respondents)));
  }
  const respondents = new Map<string, number>();
  const lineCounts = new Map<string, ScoreCounts>();
  for (const { kind, respondentRows, lineRows } of kinds) {
    for (const row of rowsOf<{ unit: UnitKey; label: string; respondents: number }>(respondentRows)) {
      respondents.set(cellKey(row.unit, kind, row.label), Number(row.respondents));
    }
    for (const row of rowsOf<{ unit: UnitKey; label: string; line: number; s1: number; s2: number; s3: number; s4: number; s5: number }>(lineRows)) {
      lineCounts.set(lineKey(row.unit, kind, row.label, Number(row.line) as ConnectionLine), [Number(row.s1), Number(row.s2), Number(row.s3), Number(row.s4), Number(row.s5)]);
    }
  }
  return { structure, thresholds, pulses: reportPulses, finishedPeriods: finishedPeriods(pulseRows, now), teamPulseRespondents, respondents, lineCounts };
}
