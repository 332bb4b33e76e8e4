import { scimDiscoveryResource } from '@/lib/domain/scim/scim-discovery';
import { scimSchemas } from '@/lib/domain/scim/scim-schemas';
import { scimRoute } from '@/lib/server/scim/scim-route';

export const GET = scimRoute<{ id: string }>(({ baseUrl, params }) =>
  Promise.resolve({
    body: scimDiscoveryResource(scimSchemas(baseUrl), params.id, 'schema'),
  }),
);
