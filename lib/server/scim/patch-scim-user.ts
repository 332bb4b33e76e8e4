import 'server-only';
import { parsePatchBody } from '@/lib/domain/scim/scim-patch';
import { scimUserResource } from '@/lib/domain/scim/scim-user';
import { applyUserPatch } from '@/lib/domain/scim/scim-user-patch';
import { type ScimContext, type ScimResult, readScimBody } from './scim-route';
import { changeScimPersonAt, scimPersonAt, writeScimUser } from './scim-user-store';

/**
 * PATCH /Users/{id} (RFC 7644 §3.5.2), in every form Entra ID and Okta send
 * (lib/domain/scim/scim-user-patch.ts); answers the user as they are now.
 */
export async function patchScimUser({
  request,
  db,
  params,
  caller,
  baseUrl,
}: ScimContext<{ id: string }>): Promise<ScimResult> {
  const operations = parsePatchBody(await readScimBody(request));
  await changeScimPersonAt(db, params.id, (tx, locked) =>
    writeScimUser(tx, locked, applyUserPatch(locked.person, operations), caller),
  );
  return { body: scimUserResource(await scimPersonAt(db, params.id), baseUrl) };
}
