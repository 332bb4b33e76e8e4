import { type UnitKey, ORG_UNIT, departmentUnit, parseUnit, teamUnit } from '@/lib/domain/rollups/units';

export interface DepartmentNode {
  id: number;
  name: string;
  parentId: number | null;
}

export interface TeamNode {
  id: number;
  name: string;
  departmentId: number;
}

/** The department tree and its teams, as plain data for the pure report and anonymity logic. */
export interface OrgStructure {
  departments: ReadonlyMap<number, DepartmentNode>;
  teams: ReadonlyMap<number, TeamNode>;
}

export function buildOrgStructure(departments: DepartmentNode[], teams: TeamNode[]): OrgStructure {
  return { departments: new Map(departments.map((d) => [d.id, d])), teams: new Map(teams.map((t) => [t.id, t])) };
}

/** Every unit a team's answers count in: the team, each department up the tree, the organisation. */
export function unitsContainingTeam(structure: OrgStructure, teamId: number): UnitKey[] {
  const units: UnitKey[] = [teamUnit(teamId)];
  const seen = new Set<number>();
  let departmentId: number | null = structure.teams.get(teamId)?.departmentId ?? null;
  while (departmentId !== null && !seen.has(departmentId)) {
    seen.add(departmentId);
    units.push(departmentUnit(departmentId));
    departmentId = structure.departments.get(departmentId)?.parentId ?? null;
  }
  units.push(ORG_UNIT);
  return units;
}

export interface ChildUnit {
  unit: UnitKey;
  kind: 'department' | 'team';
  id: number;
  name: string;
}

/** The departments and teams directly below a unit (nothing below a team). */
export function childUnits(structure: OrgStructure, unit: UnitKey): ChildUnit[] {
  const parsed = parseUnit(unit);
  if (!parsed || parsed.kind === 'team') return [];
  const parentId = parsed.kind === 'org' ? null : parsed.id;
  const departments = [...structure.departments.values()]
    .filter((d) => d.parentId === parentId)
    .map((d): ChildUnit => ({ unit: departmentUnit(d.id), kind: 'department', id: d.id, name: d.name }));
  const teams =
    parentId === null
      ? []
      : [...structure.teams.values()]
          .filter((t) => t.departmentId === parentId)
          .map((t): ChildUnit => ({ unit: teamUnit(t.id), kind: 'team', id: t.id, name: t.name }));
  const byName = (a: ChildUnit, b: ChildUnit) => a.name.localeCompare(b.name, 'nl');
  return [...departments.sort(byName), ...teams.sort(byName)];
}

/** The ids of every team in a unit, nested departments included. */
export function teamsInUnit(structure: OrgStructure, unit: UnitKey): number[] {
  return [...structure.teams.keys()].filter((teamId) => unitsContainingTeam(structure, teamId).includes(unit));
}

export function unitExists(structure: OrgStructure, unit: UnitKey): boolean {
  const parsed = parseUnit(unit);
  if (!parsed) return false;
  if (parsed.kind === 'org') return true;
  return parsed.kind === 'team' ? structure.teams.has(parsed.id) : structure.departments.has(parsed.id);
}
