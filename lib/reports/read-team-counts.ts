import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { rollupTeamPulse } from '@/db/schema';

/** Respondents per team, per pulse: the input of the anonymity blocks. */
export type TeamCounts = Map<number, Map<number, number>>;

/**
 * Respondents per team of the pulses `pulseIds`, one row per pulse with its teams joined as text;
 * teams nobody answered for are left out, as they count 0.
 */
export async function readTeamCounts(db: Database, pulseIds: readonly number[]): Promise<TeamCounts> {
  const counts: TeamCounts = new Map();
  if (pulseIds.length === 0) return counts;
  const rows = rowsOf<{ pulse_id: number; teams: string }>(
    await db.execute(sql`
      select pulse_id, string_agg(team_id || ':' || respondents, ',') as teams
      from ${rollupTeamPulse}
      where respondents > 0 and pulse_id in ${pulseIds}
      group by pulse_id`),
  );
  for (const row of rows) {
    const byTeam = new Map<number, number>();
    for (const pair of row.teams.split(',')) {
      const [teamId, respondents] = pair.split(':');
      byTeam.set(Number(teamId), Number(respondents));
    }
    counts.set(Number(row.pulse_id), byTeam);
  }
  return counts;
}
