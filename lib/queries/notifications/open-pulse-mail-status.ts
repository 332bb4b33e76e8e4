import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { pulseNotifications, pulses, responses, rollupTeamPulse } from '@/db/schema';

export interface OpenPulseMailRow {
  id: number;
  opens_at: string;
  closes_at: string;
  in_pulse: number;
  invited: number;
  reminded: number;
  as_of: string;
  answered_by_then: number;
}

/**
 * The pulse open now (the one that closes first) with the whole organisation's counts: the people
 * in it (the teams' members when it opened), the invitations and reminders sent, and how many had
 * answered by the last whole hour. Counts only, never who.
 */
export async function readOpenPulseMailStatus(db: Database): Promise<OpenPulseMailRow | null> {
  const [row] = rowsOf<OpenPulseMailRow>(
    await db.execute(sql`
      with open_pulse as (
        select id, opens_at, closes_at from ${pulses} where opens_at <= now() and closes_at > now() order by closes_at limit 1)
      select p.id, p.opens_at, p.closes_at,
        (select coalesce(sum(tp.invited), 0) from ${rollupTeamPulse} tp where tp.pulse_id = p.id)::int as in_pulse,
        (select count(*) from ${pulseNotifications} n where n.pulse_id = p.id and n.kind = 'invitation')::int as invited,
        (select count(*) from ${pulseNotifications} n where n.pulse_id = p.id and n.kind = 'reminder')::int as reminded,
        date_trunc('hour', now()) as as_of,
        (select count(*) from ${responses} r where r.pulse_id = p.id and r.submitted_at < date_trunc('hour', now()))::int as answered_by_then
      from open_pulse p`),
  );
  return row ?? null;
}
