import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { RollupDifference } from '@/lib/rollups/check-rollups';
import { recomputeTeamPulse, recomputeUnitPeriod, recomputeUnitPeriodLine } from '@/lib/rollups/recompute-queries';

export interface PeriodRef {
  kind: PeriodKind;
  label: string;
}

const LABEL_COLUMN: Record<PeriodKind, SQL> = { week: sql`week_label`, month: sql`month_label`, quarter: sql`quarter_label` };

/**
 * What `checkRollups` (lib/rollups/check-rollups.ts) compares, restricted to some periods: the
 * stored rollups of those periods (and of the pulses in them) against the app's own recomputation
 * from the raw answers, filtered the same way. Empty when they agree.
 */
export async function rollupDifferences(db: Database, periods: readonly PeriodRef[], limit = 20): Promise<RollupDifference[]> {
  if (periods.length === 0) return [];
  const inPeriods = sql`(period_kind, period_label) in (${sql.join(periods.map((p) => sql`(${p.kind}::period_kind, ${p.label})`), sql`, `)})`;
  const pulseIds = sql`(select id from pulses where ${sql.join(
    periods.map((p) => sql`${LABEL_COLUMN[p.kind]} = ${p.label}`),
    sql` or `,
  )})`;
  const checks: { table: string; stored: SQL; expected: SQL }[] = [
    {
      table: 'rollup_team_pulse',
      stored: sql`select team_id, pulse_id, respondents, invited from rollup_team_pulse where (respondents <> 0 or invited <> 0) and pulse_id in ${pulseIds}`,
      expected: sql`select * from (${recomputeTeamPulse}) e where pulse_id in ${pulseIds}`,
    },
    {
      table: 'rollup_unit_period',
      stored: sql`select unit, period_kind, period_label, respondents from rollup_unit_period where respondents <> 0 and ${inPeriods}`,
      expected: sql`select * from (${recomputeUnitPeriod}) e where ${inPeriods}`,
    },
    {
      table: 'rollup_unit_period_line',
      stored: sql`select unit, period_kind, period_label, line, score1, score2, score3, score4, score5 from rollup_unit_period_line
        where score1 + score2 + score3 + score4 + score5 <> 0 and ${inPeriods}`,
      expected: sql`select * from (${recomputeUnitPeriodLine}) e where ${inPeriods}`,
    },
  ];
  const differences: RollupDifference[] = [];
  for (const { table, stored, expected } of checks) {
    const result = await db.execute(sql`
      with stored as (${stored}), expected as (${expected})
      (select 'stored' as side, * from (select * from stored except all select * from expected) s limit ${limit})
      union all
      (select 'expected' as side, * from (select * from expected except all select * from stored) e limit ${limit})`);
    for (const { side, ...row } of rowsOf<{ side: 'stored' | 'expected' } & Record<string, unknown>>(result)) differences.push({ table, side, row });
  }
  return differences;
}
