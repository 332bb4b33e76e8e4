import { serviceProviderConfig } from '@/lib/domain/scim/scim-discovery';
import { scimRoute } from '@/lib/server/scim/scim-route';

export const GET = scimRoute(({ baseUrl }) => Promise.resolve({ body: serviceProviderConfig(baseUrl) }));
