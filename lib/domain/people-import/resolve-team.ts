import type { ImportRowError, ImportRowWarning, RejectedRow } from './people-csv-format';
import { isNearDuplicate, nameKey } from './similar-names';

export interface ImportDepartment {
  id: number;
  name: string;
  parentId: number | null;
}
export interface ImportTeam {
  id: number;
  name: string;
  departmentId: number;
}

/** A team by its names, with its id and its department's id where they exist already. */
export interface TeamRef {
  department: string;
  team: string;
  departmentId: number | null;
  teamId: number | null;
}

export interface TeamResolution {
  /** The team the row puts its person in; null when the row names none that can be used. */
  ref: TeamRef | null;
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
}

export const teamKey = (ref: Pick<TeamRef, 'department' | 'team'>) =>
  `${nameKey(ref.department)}\u0000${nameKey(ref.team)}`;

const SEPARATOR = ' › ';
const sorted = (paths: string[]) => paths.sort((a, b) => a.localeCompare(b, 'nl'));

/**
 * Finds a row's team in the organisation. The department is matched by name anywhere in the tree;
 * the team by name anywhere below it, nested departments included. Two teams of that name below
 * it, or two departments of that name, make the row an error naming the candidates by their full
 * path. A department that does not exist is an error unless the file marks it new (`newDepartments`:
 * the names any row marks); a new team goes into the named department. A new name that resembles
 * an existing one is a warning naming that one.
 */
export function teamResolver(
  departments: ImportDepartment[],
  teams: ImportTeam[],
  newDepartments: ReadonlySet<string>,
): (row: RejectedRow) => TeamResolution {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const pathOf = (id: number): string => {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let at = byId.get(id); at && !seen.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      seen.add(at.id);
      names.unshift(at.name);
    }
    return names.join(SEPARATOR);
  };
  const below = (rootId: number): Set<number> => {
    const ids = new Set([rootId]);
    for (let grew = true; grew;) {
      grew = false;
      for (const department of departments)
        if (department.parentId !== null && ids.has(department.parentId) && !ids.has(department.id)) {
          ids.add(department.id);
          grew = true;
        }
    }
    return ids;
  };
  const teamPath = (team: ImportTeam) => `${pathOf(team.departmentId)}${SEPARATOR}${team.name}`;

  return (row) => {
    const none: TeamResolution = { ref: null, errors: [], warnings: [] };
    if (row.department === undefined) return none;
    const { line, department: wanted } = row;
    const found = departments.filter((department) => nameKey(department.name) === nameKey(wanted));
    const candidates = (list: ImportDepartment[]) => sorted(list.map((department) => pathOf(department.id)));
    if (found.length > 1) {
      return {
        ...none,
        errors: [{ line, problem: 'ambiguousDepartment', detail: wanted, candidates: candidates(found) }],
      };
    }
    const department = found[0];
    if (!department) {
      const similar = candidates(departments.filter((existing) => isNearDuplicate(wanted, existing.name)));
      if (!newDepartments.has(nameKey(wanted))) {
        return { ...none, errors: [{ line, problem: 'unknownDepartment', detail: wanted, candidates: similar }] };
      }
      const warnings: ImportRowWarning[] =
        similar.length > 0 ? [{ line, warning: 'similarDepartment', detail: wanted, candidates: similar }] : [];
      if (row.team === undefined) return { ...none, warnings };
      const ref = { department: wanted, team: row.team, departmentId: null, teamId: null };
      return { ref, errors: [], warnings };
    }
    if (row.team === undefined) return none;
    const wantedTeam = row.team;
    const subtree = below(department.id);
    const inside = teams.filter((team) => subtree.has(team.departmentId));
    const matches = inside.filter((team) => nameKey(team.name) === nameKey(wantedTeam));
    if (matches.length > 1) {
      const paths = sorted(matches.map(teamPath));
      return { ...none, errors: [{ line, problem: 'ambiguousTeam', detail: wantedTeam, candidates: paths }] };
    }
    const match = matches[0];
    if (match) {
      const home = byId.get(match.departmentId)!;
      return {
        ref: { department: home.name, team: match.name, departmentId: home.id, teamId: match.id },
        errors: [],
        warnings: [],
      };
    }
    const similar = sorted(inside.filter((team) => isNearDuplicate(wantedTeam, team.name)).map(teamPath));
    const warnings: ImportRowWarning[] =
      similar.length > 0 ? [{ line, warning: 'similarTeam', detail: wantedTeam, candidates: similar }] : [];
    const ref = { department: department.name, team: wantedTeam, departmentId: department.id, teamId: null };
    return { ref, errors: [], warnings };
  };
}
