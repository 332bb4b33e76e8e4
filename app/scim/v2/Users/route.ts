import { createScimUser } from '@/lib/server/scim/create-scim-user';
import { listScimUsers } from '@/lib/server/scim/list-scim-users';
import { scimRoute } from '@/lib/server/scim/scim-route';

/** SCIM 2.0 Users (RFC 7644): the people an identity provider provisions, with an admin's bearer token. */
export const GET = scimRoute(listScimUsers);
export const POST = scimRoute(createScimUser);
