import 'server-only';
import { attributeSelectionOf } from '@/lib/domain/scim/scim-attributes';
import { applyGroupPatch } from '@/lib/domain/scim/scim-group-patch';
import { parsePatchBody } from '@/lib/domain/scim/scim-patch';
import { getScimGroup, groupIdOf } from './get-scim-group';
import { saveGroupDraft } from './save-group-draft';
import type { ScimContext } from './scim-route';

/**
 * Changes a group with a PatchOp (RFC 7644 §3.5.2) in the forms Entra ID and Okta send, all its
 * operations or none, and answers with the group as it is then.
 */
export async function patchScimGroup(context: ScimContext<unknown>, id: string, body: unknown) {
  const teamId = groupIdOf(id);
  const operations = parsePatchBody(body);
  await context.db.transaction((tx) =>
    saveGroupDraft(tx, context.caller.tokenId, teamId, (group) => applyGroupPatch(group, operations)),
  );
  return getScimGroup(context, id, attributeSelectionOf(new URL(context.request.url).searchParams));
}
