import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { discardPendingRollups } from './pending-rollups';
import { bumpRollupEpoch } from './rollup-epoch';
import { recomputeTeamPulse, recomputeUnitPeriod, recomputeUnitPeriodLine } from './recompute-queries';

/** Recomputes every rollup from the raw tables, in one transaction (after bulk loads, retention or a reorganisation). */
export async function rebuildRollups(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // Pending deltas of responses committed before this point are in the recomputation; later ones wait on the truncate.
    await discardPendingRollups(tx);
    await tx.execute(sql`truncate rollup_team_pulse, rollup_unit_period, rollup_unit_period_line`);
    await tx.execute(sql`insert into rollup_team_pulse (team_id, pulse_id, respondents, invited) ${recomputeTeamPulse}`);
    await tx.execute(sql`insert into rollup_unit_period (unit, period_kind, period_label, respondents) ${recomputeUnitPeriod}`);
    await tx.execute(
      sql`insert into rollup_unit_period_line (unit, period_kind, period_label, line, score1, score2, score3, score4, score5) ${recomputeUnitPeriodLine}`,
    );
    await bumpRollupEpoch(tx);
  });
}
