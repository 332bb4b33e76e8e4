import type { Database } from '@/db/client';
import { auditLog, departments, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';

/** Every row a change to the organisation could touch, and the audit log's length: to prove that a refused change touched none. */
export async function organisationState(db: Database): Promise<string> {
  return JSON.stringify(
    await Promise.all([
      db.select().from(people).orderBy(people.id),
      db.select().from(personRoles).orderBy(personRoles.personId, personRoles.role),
      db.select().from(teamMemberships).orderBy(teamMemberships.id),
      db.select().from(departments).orderBy(departments.id),
      db.select().from(teams).orderBy(teams.id),
      db.select().from(teamLeaders).orderBy(teamLeaders.teamId, teamLeaders.personId),
      db.$count(auditLog),
    ]),
  );
}
