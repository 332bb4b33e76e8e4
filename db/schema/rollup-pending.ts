import { json, pgTable } from 'drizzle-orm/pg-core';

/**
 * Rollup deltas written by the transaction that stores, revises or deletes a response, and folded
 * into `rollup_team_pulse` right after it commits (lib/queries/rollups/pending-rollups.ts). A response
 * transaction thereby only appends a row here and never waits on a team's rollup row, which every
 * other submission of that team to the pulse also changes. One row per change holds its signed
 * deltas (one or two: the team it leaves, the team it counts in) as a JSON array: applied in any
 * order they sum to the same rollup.
 */
export const rollupDeltasPending = pgTable('rollup_deltas_pending', {
  teamPulse: json().notNull(),
});
