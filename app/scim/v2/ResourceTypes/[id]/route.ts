import { scimDiscoveryResource, scimResourceTypes } from '@/lib/domain/scim/scim-discovery';
import { scimRoute } from '@/lib/server/scim/scim-route';

export const GET = scimRoute<{ id: string }>(({ baseUrl, params }) =>
  Promise.resolve({
    body: scimDiscoveryResource(scimResourceTypes(baseUrl), params.id, 'resource type'),
  }),
);
