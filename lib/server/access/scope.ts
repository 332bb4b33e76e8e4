import 'server-only';
import { getDb } from '@/db';
import { readTeamIdsInScope } from '@/lib/queries/organisation/teams-in-scope';
import { type Viewer, assertPermission } from './viewer';

/**
 * The ids of the teams a leader may see: the teams they lead, and every team in the departments
 * they head and all departments below those.
 */
export async function teamIdsInScope(viewer: Viewer): Promise<number[]> {
  assertPermission(viewer, 'team:view');
  return readTeamIdsInScope(await getDb(), viewer.personId);
}
