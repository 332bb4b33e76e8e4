import type { DepartmentRow } from '@/lib/domain/organisation/flatten-department-tree';
import { nameKey } from '@/lib/domain/people-import/similar-names';
import { ScimError } from './scim-error';
import { PATH_SEPARATOR } from './scim-group-name';

/** How much of a department path exists: the deepest department found, and the names below it still to create. */
export interface DepartmentPathMatch {
  /** The deepest department of the path that exists; null when not even the first does. */
  departmentId: number | null;
  /** The names after it, top first, that have no department yet. */
  missing: string[];
}

/**
 * Follows a path of department names from the top of the tree: each name (whatever its case) among
 * the departments inside the one before. Two departments of one name in one place make it a SCIM
 * 409, for no group may guess between them.
 */
export function matchDepartmentPath(
  departments: readonly DepartmentRow[],
  path: readonly string[],
): DepartmentPathMatch {
  let departmentId: number | null = null;
  for (const [index, name] of path.entries()) {
    const found = departments.filter(
      (department) => department.parentId === departmentId && nameKey(department.name) === nameKey(name),
    );
    if (found.length > 1)
      throw new ScimError(
        409,
        `Verbinding has ${found.length} departments "${path.slice(0, index + 1).join(PATH_SEPARATOR)}": ` +
          'rename all but one of them in Verbinding, so that the group can be placed.',
        'uniqueness',
      );
    if (!found[0]) return { departmentId, missing: path.slice(index) };
    departmentId = found[0].id;
  }
  return { departmentId, missing: [] };
}
