import 'server-only';
import { attributeSelectionOf } from '@/lib/domain/scim/scim-attributes';
import { parseGroupBody } from '@/lib/domain/scim/scim-group-body';
import { getScimGroup, groupIdOf } from './get-scim-group';
import { saveGroupDraft } from './save-group-draft';
import type { ScimContext } from './scim-route';

/**
 * Replaces a group (RFC 7644 §3.5.1): its displayName (and with it the team's name and department),
 * its externalId and its members as sent. An attribute the body leaves out stays as it is, so that a
 * rename sent without the members moves nobody out of the team.
 */
export async function replaceScimGroup(context: ScimContext<unknown>, id: string, body: unknown) {
  const teamId = groupIdOf(id);
  const input = parseGroupBody(body);
  await context.db.transaction((tx) =>
    saveGroupDraft(tx, context.caller.tokenId, teamId, (group) => ({
      ...group,
      displayName: input.displayName,
      ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
      ...(input.department !== undefined ? { department: input.department } : {}),
      ...(input.members ? { members: input.members } : {}),
    })),
  );
  return getScimGroup(context, id, attributeSelectionOf(new URL(context.request.url).searchParams));
}
