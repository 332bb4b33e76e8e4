import 'server-only';
import { getDb } from '@/db';
import { type FlatDepartment, flattenDepartmentTree } from '@/lib/domain/organisation/flatten-department-tree';
import {
  type UnitPerson,
  countCurrentMembers,
  listDepartmentHeads,
  listDepartments,
  listTeamLeaders,
  listTeams,
} from '@/lib/queries/organisation/organisation-units';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

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
export async function getOrganisationStructure(viewer: Viewer): Promise<ManagedDepartment[]> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [departmentRows, teamRows, members, leaderRows, headRows] = await Promise.all([
    listDepartments(db),
    listTeams(db),
    countCurrentMembers(db),
    listTeamLeaders(db),
    listDepartmentHeads(db),
  ]);
  const withoutUnit = <T extends UnitPerson>({ personId, name, email, active }: T): UnitPerson => ({
    personId,
    name,
    email,
    active,
  });
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
