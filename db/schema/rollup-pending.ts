import { index, integer, pgTable } from 'drizzle-orm/pg-core';
import { scoreCountColumns, teamPulseColumns, unitPeriodColumns } from './rollups';

/**
 * Rollup deltas written by the transaction that stores, revises or deletes a response, and folded
 * into the rollup tables right after it commits (lib/rollups/pending-rollups.ts). A response
 * transaction thereby only appends rows here and never waits on the organisation's and
 * departments' rollup rows, which every submission of a period would otherwise lock in turn.
 * Each row is an exact signed delta; applied in any order they sum to the same rollups.
 */
export const rollupTeamPulsePending = pgTable(
  'rollup_team_pulse_pending',
  teamPulseColumns(),
  (t) => [index('rollup_team_pulse_pending_team_idx').on(t.teamId), index('rollup_team_pulse_pending_pulse_idx').on(t.pulseId)],
);

export const rollupUnitPeriodPending = pgTable('rollup_unit_period_pending', { ...unitPeriodColumns(), respondents: integer().notNull() });

export const rollupUnitPeriodLinePending = pgTable('rollup_unit_period_line_pending', { ...unitPeriodColumns(), ...scoreCountColumns() });
