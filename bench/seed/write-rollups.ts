import type { Sql } from 'postgres';
import { copyRows } from './copy-rows';
import type { RollupRows } from './tally-rollups';

/** The rollups tallied in memory, into the empty rollup tables. */
export async function writeRollups(sql: Sql, rows: RollupRows): Promise<Record<string, number>> {
  return {
    rollupTeamPulse: await copyRows(sql, 'rollup_team_pulse', ['team_id', 'pulse_id', 'respondents', 'invited'], rows.teamPulse),
    rollupUnitPeriod: await copyRows(sql, 'rollup_unit_period', ['unit', 'period_kind', 'period_label', 'respondents'], rows.unitPeriod),
    rollupUnitPeriodLine: await copyRows(
      sql,
      'rollup_unit_period_line',
      ['unit', 'period_kind', 'period_label', 'line', 'score1', 'score2', 'score3', 'score4', 'score5'],
      rows.unitPeriodLine,
    ),
  };
}
