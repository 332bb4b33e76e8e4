import 'server-only';
import { userFromResource } from '@/lib/domain/scim/scim-user-input';
import type { ScimContext, ScimResult } from './scim-route';
import { rewriteScimUser } from './scim-user-store';

/** PUT /Users/{id} (RFC 7644 §3.5.1): the user as the body describes them, as Okta updates a profile. */
export function replaceScimUser(context: ScimContext<{ id: string }>): Promise<ScimResult> {
  return rewriteScimUser(context, (body, person) => userFromResource(body, person));
}
