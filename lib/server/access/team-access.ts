import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { can } from '@/lib/domain/permissions';
import { teamRelation } from '@/lib/queries/organisation/team-relation';
import type { Viewer } from './viewer';

/** What a viewer may do with one team. */
export interface TeamAccess {
  teamId: number;
  /** Its results over time: HR every team, a leader the teams in scope, an employee the team they are in now. */
  results: boolean;
  /** What only those who look after it see (comments, participation, actions): HR and the leaders in whose scope it is. */
  feedback: boolean;
  /** A team the viewer leads or heads the department of, whose actions they record (HR only reads them). */
  lead: boolean;
}

export type TeamCapability = Exclude<keyof TeamAccess, 'teamId'>;

const REFUSALS: Record<TeamCapability, string> = {
  results: 'You can only see the results of your own team or the teams you lead.',
  feedback: 'You can only see this for the teams you lead.',
  lead: 'This team is outside the teams you lead.',
};

/** What the viewer may do with a team, or null when there is no such team. Decided on the primary. */
export async function teamAccess(viewer: Viewer, teamId: number): Promise<TeamAccess | null> {
  const relation = await teamRelation(await getDb(), viewer.personId, teamId);
  if (!relation.exists) return null;
  const hr = can(viewer.roles, 'org:view');
  const lead = can(viewer.roles, 'team:view') && relation.inScope;
  const member = can(viewer.roles, 'survey:answer') && relation.member;
  return { teamId, results: hr || lead || member, feedback: hr || lead, lead };
}

/**
 * The viewer's access to a team when it allows `capability`, else a 403, whatever route asked. A
 * team that does not exist is a 404 for everyone: that a team id exists says nothing about anyone's
 * answers, and a refusal would tell a leader who mistyped a link that they lack a right they do not need.
 */
export async function requireTeamAccess(
  viewer: Viewer,
  teamId: number,
  capability: TeamCapability,
): Promise<TeamAccess> {
  const access = await teamAccess(viewer, teamId);
  if (access?.[capability]) return access;
  if (access === null) throw new AppError('not_found', 'There is no team with this id.');
  throw new AppError('forbidden', REFUSALS[capability]);
}
