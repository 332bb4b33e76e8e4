import 'server-only';
import { getDb } from '@/db';
import { type TeamDescription, describeTeams } from '@/lib/queries/organisation/describe-teams';
import { teamIdsInScope } from '@/lib/server/access/scope';
import type { Viewer } from '@/lib/server/access/viewer';

export type { TeamDescription as TeamInScope } from '@/lib/queries/organisation/describe-teams';

/** The teams a leader looks after, with their department and size, by department and team name. */
export async function listTeamsInScope(viewer: Viewer): Promise<TeamDescription[]> {
  return describeTeams(await getDb(), viewer.personId, await teamIdsInScope(viewer));
}
