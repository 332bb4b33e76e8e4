import type { DepartmentNode, OrgStructure } from './org-structure';

/**
 * The given departments and every department below them, each once, in reading order: a
 * department, then its sub-departments by name, depth first. A department below another given
 * one is not repeated as a root of its own.
 */
export function departmentsInSubtrees(structure: OrgStructure, rootIds: readonly number[]): DepartmentNode[] {
  const roots = new Set(rootIds.filter((id) => structure.departments.has(id)));
  const hasRootAbove = (id: number): boolean => {
    const seen = new Set<number>();
    let parentId = structure.departments.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      if (roots.has(parentId)) return true;
      seen.add(parentId);
      parentId = structure.departments.get(parentId)?.parentId ?? null;
    }
    return false;
  };
  const byName = (a: DepartmentNode, b: DepartmentNode) => a.name.localeCompare(b.name, 'nl');
  const all = [...structure.departments.values()];
  const visit = (department: DepartmentNode): DepartmentNode[] => [
    department,
    ...all
      .filter((child) => child.parentId === department.id)
      .sort(byName)
      .flatMap(visit),
  ];
  return [...roots]
    .filter((id) => !hasRootAbove(id))
    .map((id) => structure.departments.get(id)!)
    .sort(byName)
    .flatMap(visit);
}
