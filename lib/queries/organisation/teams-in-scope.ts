import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

/**
 * The ids of the teams a leader looks after, as a statement that runs alone or as a subquery: the
 * teams they lead, and every team in the departments they head and all departments below those.
 */
export function teamsInScopeStatement(personId: number): SQL {
  return sql`
    with recursive headed(id) as (
      select department_id from department_heads where person_id = ${personId}
      union
      select d.id from departments d join headed h on d.parent_id = h.id
    )
    select id as team_id from teams where department_id in (select id from headed)
    union
    select team_id from team_leaders where person_id = ${personId}`;
}

/** The teams a leader looks after, in id order. */
export async function readTeamIdsInScope(db: Database, personId: number): Promise<number[]> {
  const result = await db.execute(sql`${teamsInScopeStatement(personId)} order by team_id`);
  return rowsOf<{ team_id: number }>(result).map((row) => Number(row.team_id));
}
