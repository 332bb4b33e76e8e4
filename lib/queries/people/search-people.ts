import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, personRoles, teamMemberships, teams } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';

export interface PersonListEntry {
  id: number;
  name: string;
  email: string;
  active: boolean;
  roles: Role[];
  teamName: string | null;
  departmentName: string | null;
}

export interface PeopleQuery {
  /** Part of a name, an email or the name of someone's current team; '' for everyone. */
  text: string;
  status: 'active' | 'inactive' | 'all';
  limit: number;
  offset: number;
}

/**
 * People by name, email or current team's name, one page at a time by name, with their current team
 * and roles, and how many match.
 */
export async function searchPeople(
  db: Database,
  query: PeopleQuery,
): Promise<{ people: PersonListEntry[]; total: number }> {
  const where = whereOf(db, query);
  const [[total], rows] = await Promise.all([
    db.select({ value: count() }).from(people).where(where),
    db
      .select({
        id: people.id,
        name: people.name,
        email: people.email,
        active: people.active,
        teamName: teams.name,
        departmentName: departments.name,
      })
      .from(people)
      .leftJoin(teamMemberships, and(eq(teamMemberships.personId, people.id), isNull(teamMemberships.validTo)))
      .leftJoin(teams, eq(teams.id, teamMemberships.teamId))
      .leftJoin(departments, eq(departments.id, teams.departmentId))
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .limit(query.limit)
      .offset(query.offset),
  ]);
  const roles =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(personRoles)
          .where(
            inArray(
              personRoles.personId,
              rows.map((row) => row.id),
            ),
          );
  return {
    people: rows.map((row) => ({
      ...row,
      roles: roles.filter((role) => role.personId === row.id).map((role) => role.role),
    })),
    total: total?.value ?? 0,
  };
}

/** A match on the name, the email, or the name of the team someone is in now. */
function whereOf(db: Database, query: PeopleQuery): SQL | undefined {
  const pattern = `%${query.text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const inTeamNamed = db
    .select({ personId: teamMemberships.personId })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(and(isNull(teamMemberships.validTo), ilike(teams.name, pattern)));
  return and(
    query.text === ''
      ? undefined
      : or(ilike(people.name, pattern), ilike(people.email, pattern), inArray(people.id, inTeamNamed)),
    query.status === 'all' ? undefined : eq(people.active, query.status === 'active'),
  );
}
