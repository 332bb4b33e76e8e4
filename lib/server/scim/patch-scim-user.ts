import 'server-only';
import { parsePatchBody } from '@/lib/domain/scim/scim-patch';
import { applyUserPatch } from '@/lib/domain/scim/scim-user-patch';
import type { ScimContext, ScimResult } from './scim-route';
import { rewriteScimUser } from './scim-user-store';

/**
 * PATCH /Users/{id} (RFC 7644 §3.5.2), in every form Entra ID and Okta send
 * (lib/domain/scim/scim-user-patch.ts); answers the user as they are now.
 */
export function patchScimUser(context: ScimContext<{ id: string }>): Promise<ScimResult> {
  return rewriteScimUser(context, (body, person) => applyUserPatch(person, parsePatchBody(body)));
}
