import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells, publishedPeriods, pulses, responses, rollupTeamPulse } from '@/db/schema';
import { teamUnit } from '@/lib/domain/rollups/units';

export interface TeamPulseRow {
  id: number;
  opens_at: string;
  closes_at: string;
  week_label: string;
  is_open: boolean;
  invited: number | null;
  as_of: string;
  answered_by_then: number;
  week_published: boolean;
  status: string | null;
  responses: number | null;
  cell_invited: number | null;
}

/**
 * The pulse open now and the last closed one, by the database's clock, with a team's counts for
 * each: its members when the pulse opened, how many had answered by the last whole hour, and what
 * its week published.
 */
export async function readTeamPulseParticipation(db: Database, teamId: number): Promise<TeamPulseRow[]> {
  const unit = teamUnit(teamId);
  return rowsOf<TeamPulseRow>(
    await db.execute(sql`
      with chosen as (
        (select * from ${pulses} where opens_at <= now() and closes_at > now() order by opens_at desc limit 1)
        union all
        (select * from ${pulses} where closes_at <= now() order by closes_at desc limit 1))
      select p.id, p.opens_at, p.closes_at, p.week_label, p.closes_at > now() as is_open, tp.invited, date_trunc('hour', now()) as as_of,
        (select count(*) from ${responses} r where r.pulse_id = p.id and r.team_id = ${teamId} and r.submitted_at < date_trunc('hour', now()))::int as answered_by_then,
        exists (select 1 from ${publishedPeriods} d where d.period_kind = 'week' and d.period_label = p.week_label) as week_published,
        c.status, c.responses, c.invited as cell_invited
      from chosen p
      left join ${rollupTeamPulse} tp on tp.pulse_id = p.id and tp.team_id = ${teamId}
      left join ${publishedCells} c on c.unit = ${unit} and c.period_kind = 'week' and c.period_label = p.week_label`),
  );
}
