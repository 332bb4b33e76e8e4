import 'server-only';
import type { Database } from '@/db/client';
import { type DepartmentRow, flattenDepartmentTree } from '@/lib/domain/organisation/flatten-department-tree';
import { type AttributeSelection, returnsAttribute, selectAttributes } from '@/lib/domain/scim/scim-attributes';
import { type ScimGroupMember, type ScimGroupRecord, scimGroupResource } from '@/lib/domain/scim/scim-group-resource';
import { type ScimTeamRow, loadTeamMembers } from '@/lib/queries/scim/scim-groups';

/** The teams as group records, each with its department's path of names. */
export function groupRecords(teams: readonly ScimTeamRow[], departments: readonly DepartmentRow[]): ScimGroupRecord[] {
  const paths = new Map(flattenDepartmentTree(departments).map((department) => [department.id, department.path]));
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    departmentPath: paths.get(team.departmentId) ?? [],
    externalId: team.externalId,
    scimDisplayName: team.scimDisplayName,
    createdAt: team.createdAt,
  }));
}

/** The groups as SCIM resources with the attributes the request selects; their members read only when selected. */
export async function groupResources(
  db: Database,
  groups: readonly ScimGroupRecord[],
  selection: AttributeSelection,
  baseUrl: string,
): Promise<Record<string, unknown>[]> {
  const withMembers = returnsAttribute(selection, 'members');
  const members = new Map<number, ScimGroupMember[]>(groups.map((group) => [group.id, []]));
  if (withMembers)
    for (const member of await loadTeamMembers(
      db,
      groups.map((group) => group.id),
    ))
      members.get(member.teamId)!.push(member);
  return groups.map((group) =>
    selectAttributes(scimGroupResource(group, withMembers ? members.get(group.id)! : null, baseUrl), selection),
  );
}
