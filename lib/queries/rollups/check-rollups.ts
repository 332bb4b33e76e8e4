import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { flushPendingRollups } from './pending-rollups';
import { recomputeTeamPulse } from './recompute-queries';

export interface RollupDifference {
  /** A row `rollup_team_pulse` has that a recomputation does not ('stored'), or the other way round ('expected'). */
  side: 'stored' | 'expected';
  row: Record<string, unknown>;
}

/**
 * Every difference between `rollup_team_pulse` and a recomputation from the raw tables, after
 * applying what is pending; empty when consistent. `pulseIds` narrows the check to those pulses.
 */
export async function checkRollups(
  db: Database,
  options: { pulseIds?: readonly number[]; limit?: number } = {},
): Promise<RollupDifference[]> {
  const { pulseIds = null, limit = 20 } = options;
  if (pulseIds?.length === 0) return [];
  await flushPendingRollups(db);
  const inPulses = pulseIds ? sql`and pulse_id in ${pulseIds}` : sql``;
  const result = await db.execute(sql`
    with stored as (select team_id, pulse_id, respondents, invited from rollup_team_pulse where (respondents <> 0 or invited <> 0) ${inPulses}),
    expected as (select * from (${recomputeTeamPulse}) e where true ${inPulses})
    (select 'stored' as side, * from (select * from stored except all select * from expected) s limit ${limit})
    union all
    (select 'expected' as side, * from (select * from expected except all select * from stored) e limit ${limit})`);
  return rowsOf<{ side: 'stored' | 'expected' } & Record<string, unknown>>(result).map(({ side, ...row }) => ({
    side,
    row,
  }));
}
