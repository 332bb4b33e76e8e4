import 'server-only';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teamLeaders, teamMemberships, teams } from '@/db/schema';
import { can } from '@/lib/domain/permissions';
import { teamIdsInScope } from '@/lib/server/access/scope';
import type { Viewer } from '@/lib/server/access/viewer';

export interface TeamInScope {
  id: number;
  name: string;
  departmentName: string;
  memberCount: number;
  /** True when the viewer leads the team directly, false when they see it as a department head. */
  leads: boolean;
}

export async function listTeamsInScope(db: Database, viewer: Viewer): Promise<TeamInScope[]> {
  return describeTeams(db, viewer, await teamIdsInScope(db, viewer));
}

export type TeamPageAccess =
  /** `inScope`: a team the viewer leads or sees as its department's head, whose actions they record. */
  | { team: TeamInScope; inScope: boolean; teamsInScope: number }
  | 'forbidden'
  | 'not_found';

/**
 * Whether the viewer may open one team's page: a leader the teams in their scope, HR every team
 * (which HR looks after without recording its actions). A team outside a leader's scope is
 * refused whether it exists or not; HR learns that a team does not exist.
 */
export async function teamPageAccess(db: Database, viewer: Viewer, teamId: number): Promise<TeamPageAccess> {
  const scoped = can(viewer.roles, 'team:view') ? await listTeamsInScope(db, viewer) : [];
  const inScope = scoped.find((team) => team.id === teamId);
  if (inScope) return { team: inScope, inScope: true, teamsInScope: scoped.length };
  if (!can(viewer.roles, 'org:view')) return 'forbidden';
  const [team] = await describeTeams(db, viewer, [teamId]);
  return team ? { team, inScope: false, teamsInScope: scoped.length } : 'not_found';
}

async function describeTeams(db: Database, viewer: Viewer, ids: number[]): Promise<TeamInScope[]> {
  if (ids.length === 0) return [];
  const [rows, members, led] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, departmentName: departments.name })
      .from(teams)
      .innerJoin(departments, eq(departments.id, teams.departmentId))
      .where(inArray(teams.id, ids))
      .orderBy(asc(departments.name), asc(teams.name)),
    db
      .select({ teamId: teamMemberships.teamId, value: count() })
      .from(teamMemberships)
      .where(and(inArray(teamMemberships.teamId, ids), isNull(teamMemberships.validTo)))
      .groupBy(teamMemberships.teamId),
    db.select({ teamId: teamLeaders.teamId }).from(teamLeaders).where(eq(teamLeaders.personId, viewer.personId)),
  ]);
  const memberCounts = new Map(members.map((row) => [row.teamId, row.value]));
  const ledIds = new Set(led.map((row) => row.teamId));
  return rows.map((row) => ({ ...row, memberCount: memberCounts.get(row.id) ?? 0, leads: ledIds.has(row.id) }));
}
