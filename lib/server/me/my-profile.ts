import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teamMemberships, teams } from '@/db/schema';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface TeamStay {
  teamId: number;
  teamName: string;
  departmentName: string;
  validFrom: string;
  validTo: string | null;
}

/** The viewer's own team history, newest first; nobody else's. */
export async function listMyTeamHistory(db: Database, viewer: Viewer): Promise<TeamStay[]> {
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
    .where(eq(teamMemberships.personId, viewer.personId))
    .orderBy(desc(teamMemberships.validFrom), asc(teams.name));
}

export function currentStay(history: TeamStay[]): TeamStay | null {
  return history.find((stay) => stay.validTo === null) ?? null;
}

export interface MyProfile {
  personId: number;
  name: string;
  email: string;
  roles: Viewer['roles'];
  currentTeam: TeamStay | null;
}

export async function getMyProfile(db: Database, viewer: Viewer): Promise<MyProfile> {
  const history = await listMyTeamHistory(db, viewer);
  const { personId, name, email, roles } = viewer;
  return { personId, name, email, roles, currentTeam: currentStay(history) };
}

/** The team history as an employee sees it on their own pages and API. */
export async function getMyMemberships(db: Database, viewer: Viewer): Promise<TeamStay[]> {
  assertPermission(viewer, 'survey:answer');
  return listMyTeamHistory(db, viewer);
}
