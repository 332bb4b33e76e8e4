export interface DepartmentRow {
  id: number;
  name: string;
  parentId: number | null;
}

export interface FlatDepartment extends DepartmentRow {
  /** 0 at the top of the tree. */
  depth: number;
  /** The names from the top down to this department, for labels such as "Productie › Logistiek". */
  path: string[];
}

/**
 * The departments in reading order: each followed by the departments inside it, siblings by name.
 * A department whose parent is missing is shown at the top rather than lost.
 */
export function flattenDepartmentTree(rows: readonly DepartmentRow[]): FlatDepartment[] {
  const ids = new Set(rows.map((row) => row.id));
  const children = new Map<number | null, DepartmentRow[]>();
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const result: FlatDepartment[] = [];
  const visit = (parentId: number | null, path: string[]) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    for (const row of siblings) {
      result.push({ ...row, depth: path.length, path: [...path, row.name] });
      visit(row.id, [...path, row.name]);
    }
  };
  visit(null, []);
  return result;
}
