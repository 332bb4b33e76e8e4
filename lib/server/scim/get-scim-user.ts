import 'server-only';
import { scimUserResource } from '@/lib/domain/scim/scim-user';
import type { ScimContext, ScimResult } from './scim-route';
import { scimPersonAt } from './scim-user-store';

/** GET /Users/{id}: the user, active or not; 404 for one deleted through SCIM (RFC 7644 §3.6). */
export async function getScimUser({ db, params, baseUrl }: ScimContext<{ id: string }>): Promise<ScimResult> {
  return { body: scimUserResource(await scimPersonAt(db, params.id), baseUrl) };
}
