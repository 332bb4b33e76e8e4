import 'server-only';
import { getDb } from '@/db';
import { type TeamStay, readTeamHistory } from '@/lib/queries/people/team-history';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { TeamStay } from '@/lib/queries/people/team-history';

export interface MyProfile {
  personId: number;
  name: string;
  email: string;
  roles: Viewer['roles'];
  currentTeam: TeamStay | null;
}

export async function getMyProfile(viewer: Viewer): Promise<MyProfile> {
  const history = await readTeamHistory(await getDb(), viewer.personId);
  const { personId, name, email, roles } = viewer;
  return { personId, name, email, roles, currentTeam: history.find((stay) => stay.validTo === null) ?? null };
}

/** The viewer's own team history, newest first, as an employee sees it on their own pages and API; nobody else's. */
export async function getMyMemberships(viewer: Viewer): Promise<TeamStay[]> {
  assertPermission(viewer, 'survey:answer');
  return readTeamHistory(await getDb(), viewer.personId);
}
