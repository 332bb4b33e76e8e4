import { type SQL, sql } from 'drizzle-orm';

/** Members of each team on the (UTC) day each pulse opened: the people it was sent to. */
export const invitedPerTeamPulse: SQL = sql`
  select m.team_id, p.id as pulse_id, count(*)::int as invited
  from pulses p
  join team_memberships m
    on m.valid_from <= (p.opens_at at time zone 'UTC')::date
   and (m.valid_to is null or m.valid_to > (p.opens_at at time zone 'UTC')::date)
  group by m.team_id, p.id`;

/**
 * `rollup_team_pulse` computed from scratch out of the raw tables, as a SELECT: the rebuild inserts
 * it, the consistency check compares it with what the incremental updates produced.
 */
export const recomputeTeamPulse: SQL = sql`
  select coalesce(r.team_id, i.team_id) as team_id, coalesce(r.pulse_id, i.pulse_id) as pulse_id,
    coalesce(r.respondents, 0) as respondents, coalesce(i.invited, 0) as invited
  from (select team_id, pulse_id, count(*)::int as respondents from responses group by team_id, pulse_id) r
  full join (${invitedPerTeamPulse}) i on i.team_id = r.team_id and i.pulse_id = r.pulse_id`;
