import { asc, count, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads, departments, people, teamLeaders, teamMemberships, teams } from '@/db/schema';

export interface UnitPerson {
  personId: number;
  name: string;
  email: string;
  active: boolean;
}

const unitPerson = { personId: people.id, name: people.name, email: people.email, active: people.active };

/** Every department, by name. */
export function listDepartments(db: Database): Promise<{ id: number; name: string; parentId: number | null }[]> {
  return db
    .select({ id: departments.id, name: departments.name, parentId: departments.parentId })
    .from(departments)
    .orderBy(asc(departments.name));
}

/** Every team, by name. */
export function listTeams(db: Database): Promise<{ id: number; name: string; departmentId: number }[]> {
  return db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId })
    .from(teams)
    .orderBy(asc(teams.name));
}

/** How many people each team has now; a team with nobody is absent. */
export async function countCurrentMembers(db: Database): Promise<Map<number, number>> {
  const rows = await db
    .select({ teamId: teamMemberships.teamId, value: count() })
    .from(teamMemberships)
    .where(isNull(teamMemberships.validTo))
    .groupBy(teamMemberships.teamId);
  return new Map(rows.map((row) => [row.teamId, row.value]));
}

/** The heads of every department, by name. */
export function listDepartmentHeads(db: Database): Promise<({ departmentId: number } & UnitPerson)[]> {
  return db
    .select({ departmentId: departmentHeads.departmentId, ...unitPerson })
    .from(departmentHeads)
    .innerJoin(people, eq(people.id, departmentHeads.personId))
    .orderBy(asc(people.name));
}

/** The leaders of every team, by name. */
export function listTeamLeaders(db: Database): Promise<({ teamId: number } & UnitPerson)[]> {
  return db
    .select({ teamId: teamLeaders.teamId, ...unitPerson })
    .from(teamLeaders)
    .innerJoin(people, eq(people.id, teamLeaders.personId))
    .orderBy(asc(people.name));
}
