import type { Sql } from 'postgres';
import { copyRows } from './copy-rows';
import type { RollupRows } from '../large/tally-rollups';

/** The rollup tallied in memory, into the empty `rollup_team_pulse`. */
export async function writeRollups(sql: Sql, rows: RollupRows): Promise<Record<string, number>> {
  return { rollupTeamPulse: await copyRows(sql, 'rollup_team_pulse', ['team_id', 'pulse_id', 'respondents', 'invited'], rows) };
}
