import 'server-only';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { loadTeamMembers, lockScimTeam, updateScimTeam } from '@/lib/queries/scim/scim-groups';
import { applyGroupMembership } from './apply-group-membership';
import { groupIdOf, noSuchGroup } from './get-scim-group';
import type { ScimContext } from './scim-route';

/**
 * Deletes a group (RFC 7644 §3.6) without deleting its team, which has history and answers that
 * must stay: its members' stays end today, its externalId is cleared, and it is marked no longer a
 * group (`teams.scim_deleted_at`), so that it answers 404 from then on. Creating a group of the same
 * name in the same department later takes the team up again.
 */
export async function deleteScimGroup({ db, caller }: Pick<ScimContext<unknown>, 'db' | 'caller'>, id: string) {
  const teamId = groupIdOf(id);
  const now = new Date();
  await db.transaction(async (tx) => {
    const team = await lockScimTeam(tx, teamId);
    if (!team) throw noSuchGroup(id);
    const members = (await loadTeamMembers(tx, [teamId])).map((member) => String(member.personId));
    await applyGroupMembership(tx, caller.tokenId, teamId, { add: [], remove: members }, organisationDay(now));
    await updateScimTeam(tx, teamId, { externalId: null, scimDeletedAt: now });
    await recordAudit(tx, {
      actorId: null,
      scimTokenId: caller.tokenId,
      action: 'team.update',
      entity: 'team',
      entityId: teamId,
      before: { externalId: team.externalId, scimGroup: true },
      after: { externalId: null, scimGroup: false },
    });
  });
}
