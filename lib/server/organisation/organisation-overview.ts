import 'server-only';
import { getDb } from '@/db';
import {
  countCurrentMembers,
  listDepartmentHeads,
  listDepartments,
  listTeams,
} from '@/lib/queries/organisation/organisation-units';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface DepartmentNode {
  id: number;
  name: string;
  heads: string[];
  teams: { id: number; name: string; memberCount: number }[];
  children: DepartmentNode[];
  /** Everyone currently in a team of this department or of any department below it. */
  headcount: number;
}

/** The department tree with its teams and headcounts, for HR. Structure only: no answers. */
export async function getOrganisationTree(viewer: Viewer): Promise<DepartmentNode[]> {
  assertPermission(viewer, 'org:view');
  const db = await getDb();
  const [departmentRows, teamRows, memberCounts, headRows] = await Promise.all([
    listDepartments(db),
    listTeams(db),
    countCurrentMembers(db),
    listDepartmentHeads(db),
  ]);
  const nodes = new Map<number, DepartmentNode>(
    departmentRows.map((d) => [d.id, { id: d.id, name: d.name, heads: [], teams: [], children: [], headcount: 0 }]),
  );
  for (const head of headRows) nodes.get(head.departmentId)?.heads.push(head.name);
  for (const team of teamRows) {
    nodes
      .get(team.departmentId)
      ?.teams.push({ id: team.id, name: team.name, memberCount: memberCounts.get(team.id) ?? 0 });
  }
  const roots: DepartmentNode[] = [];
  for (const d of departmentRows) {
    const node = nodes.get(d.id)!;
    const parent = d.parentId === null ? undefined : nodes.get(d.parentId);
    (parent ? parent.children : roots).push(node);
  }
  roots.forEach(sumHeadcount);
  return roots;
}

function sumHeadcount(node: DepartmentNode): number {
  const own = node.teams.reduce((sum, team) => sum + team.memberCount, 0);
  node.headcount = own + node.children.reduce((sum, child) => sum + sumHeadcount(child), 0);
  return node.headcount;
}
