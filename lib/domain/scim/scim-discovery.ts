import { ScimError } from './scim-error';
import { SCIM_MAX_PAGE, scimListResponse } from './scim-list';
import { SCIM_VERBINDING_GROUP_SCHEMA } from './scim-group-name';
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from './scim-path';

export const SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const SCIM_RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';

/**
 * What this service supports (RFC 7643 §5): PATCH and filters, no bulk, sort, ETags or password
 * changes; a bearer token that an admin creates at /admin.
 */
export function serviceProviderConfig(baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  return {
    schemas: [SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA],
    documentationUri: `${origin}/admin`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description:
          'A token an admin of Verbinding creates at /admin (Provisioning with SCIM), sent as "Authorization: Bearer <token>".',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        documentationUri: `${origin}/admin`,
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

const RESOURCE_TYPES = [
  {
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'A person in Verbinding.',
    schema: SCIM_USER_SCHEMA,
    schemaExtensions: [{ schema: SCIM_ENTERPRISE_USER_SCHEMA, required: false }],
  },
  {
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    description: 'A team in Verbinding, in its department.',
    schema: SCIM_GROUP_SCHEMA,
    schemaExtensions: [{ schema: SCIM_VERBINDING_GROUP_SCHEMA, required: false }],
  },
] as const;

/** The resource types this service serves (RFC 7643 §6): Users with the enterprise extension, Groups with Verbinding's. */
export function scimResourceTypes(baseUrl: string) {
  return RESOURCE_TYPES.map((type) => ({
    schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
    ...type,
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${type.id}` },
  }));
}

/** A discovery endpoint's whole list as a ListResponse (RFC 7644 §4): one page holding all. */
export function scimDiscoveryList<Resource>(resources: Resource[]) {
  return scimListResponse(resources, resources.length, { startIndex: 1, count: resources.length });
}

/** One of a discovery endpoint's resources by its id (`/Schemas/{urn}`, `/ResourceTypes/Group`); a SCIM 404 otherwise. */
export function scimDiscoveryResource<Resource extends { id: string }>(
  resources: Resource[],
  id: string,
  kind: string,
) {
  const found = resources.find((resource) => resource.id.toLowerCase() === decodeURIComponent(id).toLowerCase());
  if (!found) throw new ScimError(404, `There is no ${kind} "${id}".`);
  return found;
}
