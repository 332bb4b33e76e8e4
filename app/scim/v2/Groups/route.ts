import { createScimGroup } from '@/lib/server/scim/create-scim-group';
import { listScimGroups } from '@/lib/server/scim/list-scim-groups';
import { readScimBody, scimRoute } from '@/lib/server/scim/scim-route';

/** A team is a SCIM Group: README.md, "Groups and teams". */
export const GET = scimRoute(async (context) => ({
  body: await listScimGroups(context, new URL(context.request.url).searchParams),
}));

export const POST = scimRoute(async (context) => createScimGroup(context, await readScimBody(context.request)));
