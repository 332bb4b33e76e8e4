import { json, pgTable } from 'drizzle-orm/pg-core';

/**
 * Rollup deltas written by the transaction that stores, revises or deletes a response, and folded
 * into the rollup tables right after it commits (lib/rollups/pending-rollups.ts). A response
 * transaction thereby only appends a row here and never waits on the organisation's and
 * departments' rollup rows, which every submission of a period would otherwise lock in turn.
 * One row per change holds all of its signed deltas (a few dozen: every unit above the team, every
 * period, every line), a JSON array per rollup table: applied in any order they sum to the same rollups.
 */
export const rollupDeltasPending = pgTable('rollup_deltas_pending', {
  teamPulse: json().notNull(),
  unitPeriod: json().notNull(),
  unitPeriodLine: json().notNull(),
});
