import { isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';
import type { ImportSnapshot } from '@/lib/domain/people-import/plan-people-import';

/** Everyone, every department and team, and who leads what: all the import compares the file with. */
export async function loadImportSnapshot(db: Database): Promise<ImportSnapshot> {
  const [personRows, roleRows, stayRows, departmentRows, teamRows, leaderRows] = await Promise.all([
    db.select({ id: people.id, email: people.email, name: people.name, active: people.active }).from(people),
    db.select().from(personRoles),
    db
      .select({
        id: teamMemberships.id,
        personId: teamMemberships.personId,
        teamId: teamMemberships.teamId,
        validFrom: teamMemberships.validFrom,
      })
      .from(teamMemberships)
      .where(isNull(teamMemberships.validTo)),
    db.select({ id: departments.id, name: departments.name, parentId: departments.parentId }).from(departments),
    db.select({ id: teams.id, name: teams.name, departmentId: teams.departmentId }).from(teams),
    db.select().from(teamLeaders),
  ]);
  const roles = new Map<number, Role[]>();
  for (const row of roleRows) roles.set(row.personId, [...(roles.get(row.personId) ?? []), row.role]);
  const stays = new Map(stayRows.map(({ personId, ...stay }) => [personId, stay]));
  return {
    people: personRows.map((person) => ({
      ...person,
      roles: roles.get(person.id) ?? [],
      openStay: stays.get(person.id) ?? null,
    })),
    departments: departmentRows,
    teams: teamRows,
    teamLeaders: leaderRows,
  };
}
