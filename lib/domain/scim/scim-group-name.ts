import { nameKey } from '@/lib/domain/people-import/similar-names';
import { organisationNameSchema } from '@/lib/domain/organisation/organisation-schemas';
import { ScimError } from './scim-error';

/** Verbinding's extension of a Group: the department its team sits in, for providers that can send it. */
export const SCIM_VERBINDING_GROUP_SCHEMA = 'urn:verbinding:params:scim:schemas:extension:2.0:Group';

/** Between the departments of a path, and before the team in a displayName: a slash with a space on each side. */
export const PATH_SEPARATOR = ' / ';
const SEPARATOR = /\s+\/(?=\s)/;

/** Where a group's team goes: its department by the names from the top of the tree, and its own name. */
export interface GroupPlacement {
  departmentPath: string[];
  teamName: string;
}

const EXAMPLE_PATH = 'Productie / Magazijn';
const BOTH_WAYS =
  `Send the department either in the extension attribute ${SCIM_VERBINDING_GROUP_SCHEMA}:department ` +
  `(e.g. "${EXAMPLE_PATH}"), or in the displayName before the team, its departments from the top ` +
  `separated by "${PATH_SEPARATOR}" (e.g. "${EXAMPLE_PATH} / Heftrucks").`;

/** `Productie / Magazijn / Heftrucks`: a team's department path and name in the convention's form. */
export function pathName(departmentPath: readonly string[], teamName: string): string {
  return [...departmentPath, teamName].join(PATH_SEPARATOR);
}

/** The names a path holds, unchecked. */
export const pathNames = (text: string): string[] => text.split(SEPARATOR).map((name) => name.trim());

/** The names a path holds, each checked as a department's or team's name; a SCIM 400 saying which is not one. */
export function splitPath(text: string): string[] {
  return pathNames(text).map((name) => {
    const checked = organisationNameSchema.safeParse(name);
    if (!checked.success)
      throw new ScimError(
        400,
        `"${name}" in "${text}" cannot be the name of a department or team: ${checked.error.issues[0]?.message}`,
        'invalidValue',
      );
    return checked.data;
  });
}

/**
 * Where a group's team goes, from its displayName and the extension's department (when sent).
 * With the extension, the displayName is the team's name; a displayName in the convention's form
 * may come along only when its departments are the extension's. Without it, the displayName must
 * carry the department: "Productie / Magazijn / Heftrucks" is the team Heftrucks in Magazijn, in
 * Productie. Otherwise the group keeps `currentPath` (a change to an existing group), or, for a new
 * group, it is a SCIM 400 that explains both ways.
 */
export function groupPlacement(
  displayName: string,
  department: string | undefined,
  currentPath?: readonly string[],
): GroupPlacement {
  const names = splitPath(displayName);
  const teamName = names.pop()!;
  if (department !== undefined) {
    const departmentPath = splitPath(department);
    const agrees =
      names.length === 0 ||
      (names.length === departmentPath.length &&
        names.every((name, index) => nameKey(name) === nameKey(departmentPath[index]!)));
    if (!agrees)
      throw new ScimError(
        400,
        `The displayName "${displayName}" names the department "${names.join(PATH_SEPARATOR)}", the extension ` +
          `"${departmentPath.join(PATH_SEPARATOR)}": send the department one way, or the same in both.`,
        'invalidValue',
      );
    return { departmentPath, teamName };
  }
  if (names.length > 0) return { departmentPath: names, teamName };
  if (currentPath) return { departmentPath: [...currentPath], teamName };
  throw new ScimError(400, `The group "${displayName}" names no department. ${BOTH_WAYS}`, 'invalidValue');
}
