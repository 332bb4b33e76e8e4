import type { Sql } from 'postgres';
import type { Role } from '@/db/schema';
import type { SessionPerson } from './session-cookie';

interface PersonRow {
  personId: number;
  name: string;
  email: string;
  roles: Role[];
}

/** A person as their session token carries them, by email. */
export async function sessionPerson(sql: Sql, email: string): Promise<SessionPerson> {
  const [row] = await sql<PersonRow[]>`
    select p.id as "personId", p.name, p.email, array_agg(r.role::text order by r.role) as roles
    from people p join person_roles r on r.person_id = p.id
    where lower(p.email) = lower(${email})
    group by p.id`;
  if (!row) throw new Error(`no person with email ${email}: is the database seeded?`);
  return row;
}

/**
 * Up to `limit` active employees who may answer the pulse (in a team on its opening day, as
 * lib/queries/organisation/team-at-pulse.ts decides), those who have not answered it yet first, then by id.
 */
export async function eligibleEmployees(
  sql: Sql,
  pulseId: number,
  limit: number,
): Promise<(SessionPerson & { answered: boolean })[]> {
  return sql<(PersonRow & { answered: boolean })[]>`
    with pulse as (select id, (opens_at at time zone 'UTC')::date as day from pulses where id = ${pulseId})
    select p.id as "personId", p.name, p.email, array_agg(pr.role::text order by pr.role) as roles,
      exists (select 1 from responses r where r.pulse_id = pulse.id and r.person_id = p.id) as answered
    from pulse
    join team_memberships m on m.valid_from <= pulse.day and (m.valid_to is null or m.valid_to > pulse.day)
    join people p on p.id = m.person_id and p.active
    join person_roles pr on pr.person_id = p.id
    group by p.id, pulse.id
    having bool_or(pr.role = 'employee')
    order by answered, p.id
    limit ${limit}`;
}
