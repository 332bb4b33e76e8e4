import 'server-only';
import { scimListResponse, scimPagingOf } from '@/lib/domain/scim/scim-list';
import { scimUserResource } from '@/lib/domain/scim/scim-user';
import { userLookupOf } from '@/lib/domain/scim/scim-user-filter';
import { listScimPeople } from '@/lib/queries/scim/scim-people';
import type { ScimContext, ScimResult } from './scim-route';

/**
 * GET /Users (RFC 7644 §3.4.2): everyone SCIM sees, or those a filter looks up (`userName eq …`,
 * which also finds people the CSV import created, so that an identity provider matches them rather
 * than creating them again), a page at a time by `startIndex` and `count`, in a stable order.
 */
export async function listScimUsers({ request, db, baseUrl }: ScimContext<unknown>): Promise<ScimResult> {
  const searchParams = new URL(request.url).searchParams;
  const lookup = userLookupOf(searchParams.get('filter'));
  const paging = scimPagingOf(searchParams);
  const { people, total } = await listScimPeople(db, lookup, {
    offset: paging.startIndex - 1,
    limit: paging.count,
  });
  return {
    body: scimListResponse(
      people.map((person) => scimUserResource(person, baseUrl)),
      total,
      paging,
    ),
  };
}
