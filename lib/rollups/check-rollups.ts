import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { flushPendingRollups } from './pending-rollups';
import { recomputeTeamPulse, recomputeUnitPeriod, recomputeUnitPeriodLine } from './recompute-queries';

export interface RollupDifference {
  table: string;
  /** Rows the rollup has that a recomputation does not ('stored'), or the other way round ('expected'). */
  side: 'stored' | 'expected';
  row: Record<string, unknown>;
}

const CHECKS: { table: string; stored: SQL; expected: SQL }[] = [
  {
    table: 'rollup_team_pulse',
    stored: sql`select team_id, pulse_id, respondents, invited from rollup_team_pulse where respondents <> 0 or invited <> 0`,
    expected: recomputeTeamPulse,
  },
  {
    table: 'rollup_unit_period',
    stored: sql`select unit, period_kind, period_label, respondents from rollup_unit_period where respondents <> 0`,
    expected: recomputeUnitPeriod,
  },
  {
    table: 'rollup_unit_period_line',
    stored: sql`select unit, period_kind, period_label, line, score1, score2, score3, score4, score5 from rollup_unit_period_line
      where score1 + score2 + score3 + score4 + score5 <> 0`,
    expected: recomputeUnitPeriodLine,
  },
];

/** Every difference between the rollups and a recomputation from the raw answers; empty when consistent. */
export async function checkRollups(db: Database, limit = 20): Promise<RollupDifference[]> {
  await flushPendingRollups(db);
  const differences: RollupDifference[] = [];
  for (const { table, stored, expected } of CHECKS) {
    const result = await db.execute(sql`
      with stored as (${stored}), expected as (${expected})
      (select 'stored' as side, * from (select * from stored except all select * from expected) s limit ${limit})
      union all
      (select 'expected' as side, * from (select * from expected except all select * from stored) e limit ${limit})`);
    for (const { side, ...row } of rowsOf<{ side: 'stored' | 'expected' } & Record<string, unknown>>(result)) {
      differences.push({ table, side, row });
    }
  }
  return differences;
}
