import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { teamMemberships, teams } from '@/db/schema';
import { AppError } from '@/lib/domain/errors';
import { can } from '@/lib/domain/permissions';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { parseUnit } from '@/lib/domain/rollups/units';
import { teamIdsInScope } from './scope';
import type { Viewer } from './viewer';

/**
 * Whose team results a viewer may see: HR every team, a leader the teams in their scope, an
 * employee the team they are in now. Anything else is a 403, whichever route asked.
 */
export async function assertCanSeeTeamResults(db: Database, viewer: Viewer, teamId: number): Promise<void> {
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (can(viewer.roles, 'org:view')) {
    if (!team) throw new AppError('not_found', 'There is no team with this id.');
    return;
  }
  if (can(viewer.roles, 'team:view') && (await teamIdsInScope(db, viewer)).includes(teamId)) return;
  if (can(viewer.roles, 'survey:answer')) {
    const [own] = await db
      .select({ teamId: teamMemberships.teamId })
      .from(teamMemberships)
      .where(and(eq(teamMemberships.personId, viewer.personId), isNull(teamMemberships.validTo)));
    if (own?.teamId === teamId) return;
  }
  throw new AppError('forbidden', 'You can only see the results of your own team or the teams you lead.');
}

/** The organisation is HR's; a department is HR's and its heads' (a head of a department above it included). */
export async function assertCanSeeUnit(db: Database, viewer: Viewer, unit: UnitKey): Promise<void> {
  const parsed = parseUnit(unit);
  if (!parsed) throw new AppError('invalid_input', 'unit must be "org" or "department:{id}".');
  if (can(viewer.roles, 'org:view')) return;
  if (parsed.kind === 'department' && can(viewer.roles, 'team:view')) {
    const result = await db.execute(sql`
      with recursive above(id) as (
        select ${parsed.id}::int
        union
        select d.parent_id from departments d join above a on d.id = a.id where d.parent_id is not null
      )
      select 1 as found from department_heads where person_id = ${viewer.personId} and department_id in (select id from above) limit 1`);
    if (rowsOf(result).length > 0) return;
  }
  throw new AppError('forbidden', 'You can only see the departments you head.');
}

/**
 * What only those who look after a team see (its comments, participation and actions): HR, and
 * the leaders whose scope holds the team. Not its members.
 */
export async function assertCanSeeTeamFeedback(db: Database, viewer: Viewer, teamId: number): Promise<void> {
  if (can(viewer.roles, 'org:view')) {
    const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
    if (!team) throw new AppError('not_found', 'There is no team with this id.');
    return;
  }
  if (can(viewer.roles, 'team:view') && (await teamIdsInScope(db, viewer)).includes(teamId)) return;
  throw new AppError('forbidden', 'You can only see this for the teams you lead.');
}
