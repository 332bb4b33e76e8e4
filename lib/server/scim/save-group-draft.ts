import 'server-only';
import type { Database } from '@/db/client';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { groupPlacement, pathName } from '@/lib/domain/scim/scim-group-name';
import type { GroupDraft } from '@/lib/domain/scim/scim-group-patch';
import { groupDisplayName } from '@/lib/domain/scim/scim-group-resource';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import {
  type ScimTeamRow,
  externalIdTaken,
  findNamesakeTeam,
  loadDepartments,
  loadTeamMembers,
  lockScimTeam,
  updateScimTeam,
} from '@/lib/queries/scim/scim-groups';
import { applyGroupMembership } from './apply-group-membership';
import { departmentForPath } from './department-for-path';
import { noSuchGroup } from './get-scim-group';
import { groupRecords } from './scim-group-resources';

/**
 * Changes a group (PUT or PATCH) inside one transaction: `change` gets the group as it is, with
 * its team locked, and gives what it becomes. A new displayName or department renames or moves the
 * team (departments created where missing; a 409 `uniqueness` when the department has another team
 * of that name); the members are then made the draft's, each change a move today. Audited with the
 * token. A SCIM 404 when there is no such group.
 */
export async function saveGroupDraft(
  tx: Database,
  scimTokenId: number,
  teamId: number,
  change: (group: GroupDraft) => GroupDraft,
): Promise<void> {
  const team = await lockScimTeam(tx, teamId);
  if (!team) throw noSuchGroup(teamId);
  const [current] = groupRecords([team], await loadDepartments(tx));
  const members = (await loadTeamMembers(tx, [teamId])).map((member) => String(member.personId));
  const displayName = groupDisplayName(current!);
  const draft = change({ id: String(teamId), displayName, externalId: team.externalId, members });

  const next = { name: team.name, departmentId: team.departmentId, scimDisplayName: team.scimDisplayName };
  if (draft.displayName !== displayName || draft.department !== undefined) {
    const placement = groupPlacement(draft.displayName, draft.department, current!.departmentPath);
    next.departmentId = await departmentForPath(tx, scimTokenId, placement.departmentPath);
    next.name = placement.teamName;
    next.scimDisplayName = draft.displayName;
    const namesake = await findNamesakeTeam(tx, next.departmentId, next.name);
    if (namesake && namesake.id !== teamId)
      throw new ScimError(
        409,
        `Verbinding has another team "${pathName(placement.departmentPath, next.name)}" (id "${namesake.id}").`,
        'uniqueness',
      );
  }
  if (
    draft.externalId !== null &&
    draft.externalId !== team.externalId &&
    (await externalIdTaken(tx, draft.externalId))
  )
    throw new ScimError(409, `Another group has the externalId "${draft.externalId}".`, 'uniqueness');
  const fields = { ...next, externalId: draft.externalId };
  if (changed(team, fields)) {
    await updateScimTeam(tx, teamId, fields);
    await recordAudit(tx, {
      actorId: null,
      scimTokenId,
      action: 'team.update',
      entity: 'team',
      entityId: teamId,
      before: auditedTeam(team),
      after: auditedTeam(fields),
    });
  }
  const kept = new Set(draft.members);
  const add = draft.members.filter((id) => !members.includes(id));
  const remove = members.filter((id) => !kept.has(id));
  await applyGroupMembership(tx, scimTokenId, teamId, { add, remove }, organisationDay());
}

type TeamFields = Pick<ScimTeamRow, 'name' | 'departmentId' | 'externalId' | 'scimDisplayName'>;

const changed = (team: TeamFields, fields: TeamFields) =>
  team.name !== fields.name ||
  team.departmentId !== fields.departmentId ||
  team.externalId !== fields.externalId ||
  team.scimDisplayName !== fields.scimDisplayName;

/** A group's team as its audit entries record it. */
export const auditedTeam = (fields: TeamFields) => ({
  name: fields.name,
  departmentId: fields.departmentId,
  externalId: fields.externalId,
  displayName: fields.scimDisplayName,
});
