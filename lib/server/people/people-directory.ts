import 'server-only';
import { getDb } from '@/db';
import { PEOPLE_PAGE_SIZE, type PeopleSearch } from '@/lib/domain/people/person-schemas';
import { type PersonListEntry, searchPeople as readPeople } from '@/lib/queries/people/search-people';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { PersonListEntry };

export interface PeoplePage {
  people: PersonListEntry[];
  total: number;
  page: number;
  pageCount: number;
}

/** People by name, email or team name, searched in the database one page at a time, with their current team. Never any answers. */
export async function searchPeople(viewer: Viewer, search: PeopleSearch): Promise<PeoplePage> {
  assertPermission(viewer, 'org:manage');
  const query = {
    text: search.q,
    status: search.status,
    limit: PEOPLE_PAGE_SIZE,
    offset: (search.page - 1) * PEOPLE_PAGE_SIZE,
  };
  const { people, total } = await readPeople(await getDb(), query);
  return { people, total, page: search.page, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}
