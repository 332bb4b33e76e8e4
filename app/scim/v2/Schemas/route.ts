import { scimDiscoveryList } from '@/lib/domain/scim/scim-discovery';
import { scimSchemas } from '@/lib/domain/scim/scim-schemas';
import { scimRoute } from '@/lib/server/scim/scim-route';

export const GET = scimRoute(({ baseUrl }) => Promise.resolve({ body: scimDiscoveryList(scimSchemas(baseUrl)) }));
