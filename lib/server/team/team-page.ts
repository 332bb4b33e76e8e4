import 'server-only';
import { getDb } from '@/db';
import { can } from '@/lib/domain/permissions';
import { type TeamDescription, describeTeams } from '@/lib/queries/organisation/describe-teams';
import { teamIdsInScope } from '@/lib/server/access/scope';
import { requireTeamAccess } from '@/lib/server/access/team-access';
import type { Viewer } from '@/lib/server/access/viewer';

export interface TeamPage {
  team: TeamDescription;
  /** A team the viewer leads or sees as its department's head, whose actions they record; HR only reads them. */
  inScope: boolean;
  teamsInScope: number;
}

/**
 * One team's page: for the leaders whose scope holds it and for HR, who sees every team (the
 * access module's `feedback`). A team outside a leader's scope is refused; a team that does not
 * exist is not found, for everyone.
 */
export async function getTeamPage(viewer: Viewer, teamId: number): Promise<TeamPage> {
  const access = await requireTeamAccess(viewer, teamId, 'feedback');
  const db = await getDb();
  const [[team], scoped] = await Promise.all([
    describeTeams(db, viewer.personId, [teamId]),
    can(viewer.roles, 'team:view') ? teamIdsInScope(viewer) : [],
  ]);
  return { team: team!, inScope: access.lead, teamsInScope: scoped.length };
}
