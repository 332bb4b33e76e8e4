import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { discardPendingRollups } from './pending-rollups';
import { recomputeTeamPulse } from './recompute-queries';

/** Recomputes the rollup from the raw tables, in one transaction (after bulk loads or retention). */
export async function rebuildRollups(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // Pending deltas of responses committed before this point are in the recomputation; later ones wait on the truncate.
    await discardPendingRollups(tx);
    await tx.execute(sql`truncate rollup_team_pulse`);
    await tx.execute(
      sql`insert into rollup_team_pulse (team_id, pulse_id, respondents, invited) ${recomputeTeamPulse}`,
    );
  });
}
