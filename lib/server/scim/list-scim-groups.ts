import 'server-only';
import { attributeSelectionOf } from '@/lib/domain/scim/scim-attributes';
import { groupDisplayNames } from '@/lib/domain/scim/scim-group-resource';
import { groupQueryOf, matchesGroupQuery } from '@/lib/domain/scim/scim-group-query';
import { scimListResponse, scimPagingOf } from '@/lib/domain/scim/scim-list';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { findOpenStay } from '@/lib/queries/people/team-stays';
import { loadScimTeams } from '@/lib/queries/scim/scim-groups';
import type { ScimContext } from './scim-route';
import { groupRecords, groupResources } from './scim-group-resources';

/**
 * The groups a list request asks for (RFC 7644 §3.4.2), by team id, as a ListResponse: filtered
 * (Entra ID's `displayName eq`, `externalId eq`, and `id eq "7" and members[value eq "12"]` to check a
 * membership), paged, and without members when `excludedAttributes=members` asks so.
 */
export async function listScimGroups(
  { db, baseUrl }: Pick<ScimContext<unknown>, 'db' | 'baseUrl'>,
  searchParams: URLSearchParams,
) {
  const query = groupQueryOf(searchParams.get('filter'));
  const paging = scimPagingOf(searchParams);
  const selection = attributeSelectionOf(searchParams);
  const { teams, departments } = await loadScimTeams(db);
  // A person is in one team at a time: the group they are a member of is the team of their open stay.
  const teamOfMember = new Map<string, number | undefined>();
  for (const memberId of query.memberIds) {
    const personId = parseDatabaseId(memberId);
    teamOfMember.set(memberId, personId === null ? undefined : (await findOpenStay(db, personId))?.teamId);
  }
  const matching = groupRecords(teams, departments).filter((group) =>
    matchesGroupQuery(
      {
        id: String(group.id),
        externalId: group.externalId,
        displayNames: groupDisplayNames(group),
        memberIds: new Set(query.memberIds.filter((memberId) => teamOfMember.get(memberId) === group.id)),
      },
      query,
    ),
  );
  const page = matching.slice(paging.startIndex - 1, paging.startIndex - 1 + paging.count);
  return scimListResponse(await groupResources(db, page, selection, baseUrl), matching.length, paging);
}
