import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teamMemberships, teams } from '@/db/schema';

export interface TeamStay {
  teamId: number;
  teamName: string;
  departmentName: string;
  validFrom: string;
  validTo: string | null;
}

/** The teams a person has been in, newest first. */
export function readTeamHistory(db: Database, personId: number): Promise<TeamStay[]> {
  return db
    .select({
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
    .orderBy(desc(teamMemberships.validFrom), asc(teams.name));
}
