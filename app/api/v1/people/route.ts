import { jsonRoute } from '@/lib/server/next/json-route';
import { searchPeople } from '@/lib/server/people/people-directory';
import { assertPermission } from '@/lib/server/access/viewer';
import { peopleSearchSchema } from '@/lib/domain/people/person-schemas';

/** GET /api/v1/people?q=&status=active|inactive|all&page= — HR's people list, one page at a time. */
export const GET = jsonRoute(({ viewer, request }) => {
  // Refuse before reading the query, so that someone without access learns nothing from a 422.
  assertPermission(viewer, 'org:manage');
  return searchPeople(viewer, peopleSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
});
