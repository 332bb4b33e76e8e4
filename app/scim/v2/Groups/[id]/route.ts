import { attributeSelectionOf } from '@/lib/domain/scim/scim-attributes';
import { deleteScimGroup } from '@/lib/server/scim/delete-scim-group';
import { getScimGroup } from '@/lib/server/scim/get-scim-group';
import { patchScimGroup } from '@/lib/server/scim/patch-scim-group';
import { replaceScimGroup } from '@/lib/server/scim/replace-scim-group';
import { readScimBody, scimRoute } from '@/lib/server/scim/scim-route';

type Params = { id: string };

export const GET = scimRoute<Params>(async (context) => ({
  body: await getScimGroup(context, context.params.id, attributeSelectionOf(new URL(context.request.url).searchParams)),
}));

export const PUT = scimRoute<Params>(async (context) => ({
  body: await replaceScimGroup(context, context.params.id, await readScimBody(context.request)),
}));

export const PATCH = scimRoute<Params>(async (context) => ({
  body: await patchScimGroup(context, context.params.id, await readScimBody(context.request)),
}));

export const DELETE = scimRoute<Params>(async (context) => {
  await deleteScimGroup(context, context.params.id);
  return { status: 204 };
});
