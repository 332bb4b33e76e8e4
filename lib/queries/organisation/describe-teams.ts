import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teamLeaders, teamMemberships, teams } from '@/db/schema';

export interface TeamDescription {
  id: number;
  name: string;
  departmentId: number;
  departmentName: string;
  memberCount: number;
  /** True when the person leads the team directly, false when they see it as a department head (or as HR). */
  leads: boolean;
}

/** Teams by id with their department and current member count, by department and team name. */
export async function describeTeams(db: Database, personId: number, ids: number[]): Promise<TeamDescription[]> {
  if (ids.length === 0) return [];
  const [rows, members, led] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, departmentId: departments.id, departmentName: departments.name })
      .from(teams)
      .innerJoin(departments, eq(departments.id, teams.departmentId))
      .where(inArray(teams.id, ids))
      .orderBy(asc(departments.name), asc(teams.name)),
    db
      .select({ teamId: teamMemberships.teamId, value: count() })
      .from(teamMemberships)
      .where(and(inArray(teamMemberships.teamId, ids), isNull(teamMemberships.validTo)))
      .groupBy(teamMemberships.teamId),
    db.select({ teamId: teamLeaders.teamId }).from(teamLeaders).where(eq(teamLeaders.personId, personId)),
  ]);
  const memberCounts = new Map(members.map((row) => [row.teamId, row.value]));
  const ledIds = new Set(led.map((row) => row.teamId));
  return rows.map((row) => ({ ...row, memberCount: memberCounts.get(row.id) ?? 0, leads: ledIds.has(row.id) }));
}
