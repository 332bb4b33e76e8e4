import 'server-only';
import { asc, count, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads, departments, people, teamLeaders, teamMemberships, teams } from '@/db/schema';
import { type FlatDepartment, flattenDepartmentTree } from '@/lib/domain/organisation/flatten-department-tree';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface UnitPerson {
  personId: number;
  name: string;
  email: string;
  active: boolean;
}

export interface ManagedTeam {
  id: number;
  name: string;
  departmentId: number;
  memberCount: number;
  leaders: UnitPerson[];
}

export interface ManagedDepartment extends FlatDepartment {
  heads: UnitPerson[];
  teams: ManagedTeam[];
}

/** The department tree in reading order, with teams, leaders, heads and headcounts, for HR to manage. */
export async function getOrganisationStructure(db: Database, viewer: Viewer): Promise<ManagedDepartment[]> {
  assertPermission(viewer, 'org:manage');
  const person = { personId: people.id, name: people.name, email: people.email, active: people.active };
  const [departmentRows, teamRows, memberRows, leaderRows, headRows] = await Promise.all([
    db.select({ id: departments.id, name: departments.name, parentId: departments.parentId }).from(departments),
    db.select({ id: teams.id, name: teams.name, departmentId: teams.departmentId }).from(teams).orderBy(asc(teams.name)),
    db.select({ teamId: teamMemberships.teamId, value: count() }).from(teamMemberships).where(isNull(teamMemberships.validTo)).groupBy(teamMemberships.teamId),
    db.select({ teamId: teamLeaders.teamId, ...person }).from(teamLeaders).innerJoin(people, eq(people.id, teamLeaders.personId)).orderBy(asc(people.name)),
    db.select({ departmentId: departmentHeads.departmentId, ...person }).from(departmentHeads).innerJoin(people, eq(people.id, departmentHeads.personId)).orderBy(asc(people.name)),
  ]);
  const members = new Map(memberRows.map((row) => [row.teamId, row.value]));
  const withoutUnit = <T extends UnitPerson>({ personId, name, email, active }: T): UnitPerson => ({ personId, name, email, active });
  return flattenDepartmentTree(departmentRows).map((department) => ({
    ...department,
    heads: headRows.filter((head) => head.departmentId === department.id).map(withoutUnit),
    teams: teamRows
      .filter((team) => team.departmentId === department.id)
      .map((team) => ({
        ...team,
        memberCount: members.get(team.id) ?? 0,
        leaders: leaderRows.filter((leader) => leader.teamId === team.id).map(withoutUnit),
      })),
  }));
}
