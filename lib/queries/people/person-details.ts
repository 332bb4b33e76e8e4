import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads, departments, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';

export interface PersonDetails {
  id: number;
  name: string;
  email: string;
  active: boolean;
  deactivatedAt: Date | null;
  roles: Role[];
  /** Every stay in a team, newest first; the open one has no validTo. */
  history: {
    id: number;
    teamId: number;
    teamName: string;
    departmentName: string;
    validFrom: string;
    validTo: string | null;
  }[];
  leads: { id: number; name: string }[];
  heads: { id: number; name: string }[];
}

/** A person's roles, team history and what they lead; null when nobody has this id. */
export async function readPersonDetails(db: Database, personId: number): Promise<PersonDetails | null> {
  const [[person], roles, history, leads, heads] = await Promise.all([
    db
      .select({
        id: people.id,
        name: people.name,
        email: people.email,
        active: people.active,
        deactivatedAt: people.deactivatedAt,
      })
      .from(people)
      .where(eq(people.id, personId)),
    db.select({ role: personRoles.role }).from(personRoles).where(eq(personRoles.personId, personId)),
    db
      .select({
        id: teamMemberships.id,
        teamId: teams.id,
        teamName: teams.name,
        departmentName: departments.name,
        validFrom: teamMemberships.validFrom,
        validTo: teamMemberships.validTo,
      })
      .from(teamMemberships)
      .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
      .innerJoin(departments, eq(departments.id, teams.departmentId))
      .where(eq(teamMemberships.personId, personId))
      .orderBy(desc(teamMemberships.validFrom), desc(teamMemberships.id)),
    db
      .select({ id: teams.id, name: teams.name })
      .from(teamLeaders)
      .innerJoin(teams, eq(teams.id, teamLeaders.teamId))
      .where(eq(teamLeaders.personId, personId))
      .orderBy(asc(teams.name)),
    db
      .select({ id: departments.id, name: departments.name })
      .from(departmentHeads)
      .innerJoin(departments, eq(departments.id, departmentHeads.departmentId))
      .where(eq(departmentHeads.personId, personId))
      .orderBy(asc(departments.name)),
  ]);
  return person ? { ...person, roles: roles.map((row) => row.role), history, leads, heads } : null;
}
