import 'server-only';
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, personRoles, teamMemberships, teams } from '@/db/schema';
import { PEOPLE_PAGE_SIZE, type PeopleSearch } from '@/lib/domain/people/person-schemas';
import type { Role } from '@/lib/domain/permissions';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface PersonListEntry {
  id: number;
  name: string;
  email: string;
  active: boolean;
  roles: Role[];
  teamName: string | null;
  departmentName: string | null;
}

export interface PeoplePage {
  people: PersonListEntry[];
  total: number;
  page: number;
  pageCount: number;
}

/** People by name or email, searched in the database one page at a time, with their current team. Never any answers. */
export async function searchPeople(db: Database, viewer: Viewer, search: PeopleSearch): Promise<PeoplePage> {
  assertPermission(viewer, 'org:manage');
  const where = whereOf(search);
  const [[total], rows] = await Promise.all([
    db.select({ value: count() }).from(people).where(where),
    db
      .select({ id: people.id, name: people.name, email: people.email, active: people.active, teamName: teams.name, departmentName: departments.name })
      .from(people)
      .leftJoin(teamMemberships, and(eq(teamMemberships.personId, people.id), isNull(teamMemberships.validTo)))
      .leftJoin(teams, eq(teams.id, teamMemberships.teamId))
      .leftJoin(departments, eq(departments.id, teams.departmentId))
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((search.page - 1) * PEOPLE_PAGE_SIZE),
  ]);
  const roles = rows.length === 0 ? [] : await db.select().from(personRoles).where(inArray(personRoles.personId, rows.map((row) => row.id)));
  const value = total?.value ?? 0;
  return {
    people: rows.map((row) => ({ ...row, roles: roles.filter((role) => role.personId === row.id).map((role) => role.role) })),
    total: value,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(value / PEOPLE_PAGE_SIZE)),
  };
}

function whereOf(search: PeopleSearch): SQL | undefined {
  const pattern = `%${search.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return and(
    search.q === '' ? undefined : or(ilike(people.name, pattern), ilike(people.email, pattern)),
    search.status === 'all' ? undefined : eq(people.active, search.status === 'active'),
  );
}
