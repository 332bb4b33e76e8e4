import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { flushPendingRollups } from './pending-rollups';
import { recomputeTeamPulse, recomputeUnitPeriod, recomputeUnitPeriodLine } from './recompute-queries';

export interface RollupDifference {
  table: string;
  /** Rows the rollup has that a recomputation does not ('stored'), or the other way round ('expected'). */
  side: 'stored' | 'expected';
  row: Record<string, unknown>;
}

export interface PeriodRef {
  kind: PeriodKind;
  label: string;
}

const LABEL_COLUMN: Record<PeriodKind, SQL> = { week: sql`week_label`, month: sql`month_label`, quarter: sql`quarter_label` };

/** The stored rows of each rollup and their recomputation from the raw answers, in some periods (and their pulses) or all. */
function checks(periods: readonly PeriodRef[] | null): { table: string; stored: SQL; expected: SQL }[] {
  const inPeriods = periods ? sql`and (period_kind, period_label) in (${sql.join(periods.map((p) => sql`(${p.kind}::period_kind, ${p.label})`), sql`, `)})` : sql``;
  const inPulses = periods
    ? sql`and pulse_id in (select id from pulses where ${sql.join(
        periods.map((p) => sql`${LABEL_COLUMN[p.kind]} = ${p.label}`),
        sql` or `,
      )})`
    : sql``;
  return [
    {
      table: 'rollup_team_pulse',
      stored: sql`select team_id, pulse_id, respondents, invited from rollup_team_pulse where (respondents <> 0 or invited <> 0) ${inPulses}`,
      expected: sql`select * from (${recomputeTeamPulse}) e where true ${inPulses}`,
    },
    {
      table: 'rollup_unit_period',
      stored: sql`select unit, period_kind, period_label, respondents from rollup_unit_period where respondents <> 0 ${inPeriods}`,
      expected: sql`select * from (${recomputeUnitPeriod}) e where true ${inPeriods}`,
    },
    {
      table: 'rollup_unit_period_line',
      stored: sql`select unit, period_kind, period_label, line, score1, score2, score3, score4, score5 from rollup_unit_period_line
        where score1 + score2 + score3 + score4 + score5 <> 0 ${inPeriods}`,
      expected: sql`select * from (${recomputeUnitPeriodLine}) e where true ${inPeriods}`,
    },
  ];
}

/**
 * Every difference between the rollups and a recomputation from the raw answers, after applying
 * what is pending; empty when consistent. `periods` narrows the check to those periods and their pulses.
 */
export async function checkRollups(db: Database, options: { periods?: readonly PeriodRef[]; limit?: number } = {}): Promise<RollupDifference[]> {
  const { periods = null, limit = 20 } = options;
  if (periods?.length === 0) return [];
  await flushPendingRollups(db);
  const differences: RollupDifference[] = [];
  for (const { table, stored, expected } of checks(periods)) {
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
