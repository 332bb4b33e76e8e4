import 'server-only';
import { scimUserResource } from '@/lib/domain/scim/scim-user';
import { userFromResource } from '@/lib/domain/scim/scim-user-input';
import { type ScimContext, type ScimResult, readScimBody } from './scim-route';
import { changeScimPersonAt, scimPersonAt, writeScimUser } from './scim-user-store';

/** PUT /Users/{id} (RFC 7644 §3.5.1): the user as the body describes them, as Okta updates a profile. */
export async function replaceScimUser({
  request,
  db,
  params,
  caller,
  baseUrl,
}: ScimContext<{ id: string }>): Promise<ScimResult> {
  const body = await readScimBody(request);
  await changeScimPersonAt(db, params.id, (tx, locked) =>
    writeScimUser(tx, locked, userFromResource(body, locked.person), caller),
  );
  return { body: scimUserResource(await scimPersonAt(db, params.id), baseUrl) };
}
