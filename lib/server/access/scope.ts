import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { AppError } from '@/lib/domain/errors';
import { type Viewer, assertPermission } from './viewer';

/**
 * The ids of the teams a leader may see: the teams they lead, and every team in the departments
 * they head and all departments below those.
 */
export async function teamIdsInScope(db: Database, viewer: Viewer): Promise<number[]> {
  assertPermission(viewer, 'team:view');
  const result = await db.execute<{ team_id: number }>(sql`
    with recursive headed(id) as (
      select department_id from department_heads where person_id = ${viewer.personId}
      union
      select d.id from departments d join headed h on d.parent_id = h.id
    )
    select id as team_id from teams where department_id in (select id from headed)
    union
    select team_id from team_leaders where person_id = ${viewer.personId}
    order by team_id`);
  return rowsOf<{ team_id: number }>(result).map((row) => Number(row.team_id));
}

/** Refuses (403) any team outside the viewer's scope, whatever route the request came through. */
export async function assertTeamInScope(db: Database, viewer: Viewer, teamId: number): Promise<void> {
  const ids = await teamIdsInScope(db, viewer);
  if (!ids.includes(teamId)) throw new AppError('forbidden', 'This team is outside the teams you lead.');
}

