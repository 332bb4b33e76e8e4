import 'server-only';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { attributeSelectionOf } from '@/lib/domain/scim/scim-attributes';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { parseGroupBody } from '@/lib/domain/scim/scim-group-body';
import { groupPlacement, pathName } from '@/lib/domain/scim/scim-group-name';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { externalIdTaken, findNamesakeTeam, insertScimTeam, updateScimTeam } from '@/lib/queries/scim/scim-groups';
import { applyGroupMembership } from './apply-group-membership';
import { departmentForPath } from './department-for-path';
import { getScimGroup } from './get-scim-group';
import { auditedTeam } from './save-group-draft';
import type { ScimContext, ScimResult } from './scim-route';

/**
 * Creates a group (RFC 7644 §3.3): a team in the department its displayName or the extension
 * names, the departments along the path created where missing, its members moved into it today.
 * A 409 `uniqueness` when the department has a team of that name already, or another team has
 * the externalId; a team whose group was deleted is taken up again instead, with its history.
 */
export async function createScimGroup(context: ScimContext<unknown>, body: unknown): Promise<ScimResult> {
  const { db, caller, baseUrl, request } = context;
  const input = parseGroupBody(body);
  const placement = groupPlacement(input.displayName, input.department);
  const teamId = await db.transaction(async (tx) => {
    const departmentId = await departmentForPath(tx, caller.tokenId, placement.departmentPath);
    const externalId = input.externalId ?? null;
    if (externalId !== null && (await externalIdTaken(tx, externalId)))
      throw new ScimError(409, `Another group has the externalId "${externalId}".`, 'uniqueness');
    const namesake = await findNamesakeTeam(tx, departmentId, placement.teamName);
    if (namesake && !namesake.deleted)
      throw new ScimError(
        409,
        `Verbinding has the team "${pathName(placement.departmentPath, placement.teamName)}" already, as the group ` +
          `with the id "${namesake.id}": look it up with filter=displayName eq "…" and change that group.`,
        'uniqueness',
      );
    const fields = { name: placement.teamName, departmentId, externalId, scimDisplayName: input.displayName };
    const audited = auditedTeam(fields);
    let id: number;
    if (namesake) {
      id = namesake.id;
      await updateScimTeam(tx, id, { ...fields, scimDeletedAt: null });
      await recordAudit(tx, {
        actorId: null,
        scimTokenId: caller.tokenId,
        action: 'team.update',
        entity: 'team',
        entityId: id,
        before: { scimGroup: false },
        after: { ...audited, scimGroup: true },
      });
    } else {
      id = await insertScimTeam(tx, fields);
      await recordAudit(tx, {
        actorId: null,
        scimTokenId: caller.tokenId,
        action: 'team.create',
        entity: 'team',
        entityId: id,
        after: audited,
      });
    }
    await applyGroupMembership(tx, caller.tokenId, id, { add: input.members ?? [], remove: [] }, organisationDay());
    return id;
  });
  const selection = attributeSelectionOf(new URL(request.url).searchParams);
  return {
    status: 201,
    body: await getScimGroup(context, String(teamId), selection),
    location: `${baseUrl}/Groups/${teamId}`,
  };
}
