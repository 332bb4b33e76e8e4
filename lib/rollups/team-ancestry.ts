import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from './units';

/** For each team: itself, every department up the tree and the organisation (one recursive query). */
export async function unitsContainingTeams(db: Database, teamIds: number[]): Promise<Map<number, UnitKey[]>> {
  const ids = [...new Set(teamIds)];
  if (ids.length === 0) return new Map();
  const result = await db.execute(sql`
    with recursive chain(team_id, department_id, depth) as (
      select id, department_id, 0 from teams where id in (${sql.join(ids, sql`, `)})
      union all
      select c.team_id, d.parent_id, c.depth + 1
      from chain c join departments d on d.id = c.department_id
      where d.parent_id is not null
    )
    select team_id, department_id from chain order by team_id, depth`);
  const units = new Map<number, UnitKey[]>(ids.map((id) => [id, [teamUnit(id)]]));
  for (const row of rowsOf<{ team_id: number; department_id: number }>(result)) {
    units.get(Number(row.team_id))?.push(departmentUnit(Number(row.department_id)));
  }
  for (const list of units.values()) list.push(ORG_UNIT);
  return units;
}
