import { deleteScimUser } from '@/lib/server/scim/delete-scim-user';
import { getScimUser } from '@/lib/server/scim/get-scim-user';
import { patchScimUser } from '@/lib/server/scim/patch-scim-user';
import { replaceScimUser } from '@/lib/server/scim/replace-scim-user';
import { scimRoute } from '@/lib/server/scim/scim-route';

/** One SCIM 2.0 User: read, replace (PUT), change (PATCH), and delete, which deactivates. */
export const GET = scimRoute(getScimUser);
export const PUT = scimRoute(replaceScimUser);
export const PATCH = scimRoute(patchScimUser);
export const DELETE = scimRoute(deleteScimUser);
