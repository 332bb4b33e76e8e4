import 'server-only';
import { type AttributeSelection } from '@/lib/domain/scim/scim-attributes';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { loadScimTeams } from '@/lib/queries/scim/scim-groups';
import type { ScimContext } from './scim-route';
import { groupRecords, groupResources } from './scim-group-resources';

/** The group's team id from the URL; a SCIM 404 when it names no group (a deleted group's team is none). */
export function groupIdOf(id: string): number {
  const teamId = parseDatabaseId(id);
  if (teamId === null) throw noSuchGroup(id);
  return teamId;
}

/** A SCIM 404 for a group id that names no group. */
export const noSuchGroup = (id: string | number) => new ScimError(404, `There is no group with the id "${id}".`);

/** One group as a SCIM resource, with the attributes selected; a SCIM 404 when there is no such group. */
export async function getScimGroup(
  { db, baseUrl }: Pick<ScimContext<unknown>, 'db' | 'baseUrl'>,
  id: string,
  selection: AttributeSelection,
): Promise<Record<string, unknown>> {
  const { teams, departments } = await loadScimTeams(db, groupIdOf(id));
  const [resource] = await groupResources(db, groupRecords(teams, departments), selection, baseUrl);
  if (!resource) throw noSuchGroup(id);
  return resource;
}
