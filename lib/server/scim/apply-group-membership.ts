import 'server-only';
import type { Database } from '@/db/client';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { leadByManager } from '@/lib/queries/scim/lead-by-manager';
import { lockPeople } from '@/lib/queries/scim/scim-groups';
import { leaveTeam, moveToTeam } from '@/lib/server/people/team-move';

/** A change to a group's members: the users' ids to add and to remove. */
export interface MembershipChange {
  add: readonly string[];
  remove: readonly string[];
}

const listed = (ids: readonly number[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * The one place where a group's members change, by the rules of the people import: a person is in
 * one team at a time, so adding them to a group moves them into its team today (their open stay
 * closes, a new one opens: history is kept), and the last group that adds them wins; removing them
 * from the group they are in ends their stay today, and they are then in no team; removing them from
 * a group they are not in changes nothing. Nobody's answers are touched. A user who does not exist or
 * is deactivated cannot be added: a SCIM 400 naming them, and nothing changes. Each move is audited
 * with the token. The managers of the people who joined become leaders of the team.
 */
export async function applyGroupMembership(
  tx: Database,
  scimTokenId: number,
  teamId: number,
  change: MembershipChange,
  today: string,
): Promise<void> {
  const add = [...new Set(change.add.map(Number))];
  const remove = [...new Set(change.remove.map(Number))].filter((id) => !add.includes(id));
  const people = new Map((await lockPeople(tx, [...add, ...remove])).map((person) => [person.id, person]));
  const unknown = add.filter((id) => !people.has(id));
  if (unknown.length > 0)
    throw new ScimError(400, `No user has the id ${listed(unknown)}: a member's value is a user's id.`, 'invalidValue');
  const inactive = add.filter((id) => !people.get(id)!.active);
  if (inactive.length > 0)
    throw new ScimError(
      400,
      `The user ${listed(inactive)} is deactivated and cannot join a team: set the user active first.`,
      'invalidValue',
    );

  const actor = { scimTokenId };
  for (const personId of remove) await leaveTeam(tx, actor, { personId, teamId }, today);
  const joined: number[] = [];
  for (const personId of add) {
    if ((await moveToTeam(tx, actor, { personId, teamId, date: today }, today)) !== 'unchanged') joined.push(personId);
  }
  await leadByManager(tx, joined, scimTokenId);
}
