import { workerDatabase } from './support/e2e-people';
import {
  LIST_SCHEMA,
  type ListResponse,
  VERBINDING_GROUP,
  createScimToken,
  expectScimError,
  scimBody,
  scimClient,
} from './support/scim-client';
import { expect, test } from './support/test';

const sql = workerDatabase();

test.skip(!sql, 'needs the e2e server on Postgres (DATABASE_URL) to create a token');

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const names = (attributes: { name: string }[]) => attributes.map((attribute) => attribute.name);

/** RFC 7644 §4 and RFC 7643 §5–7: what the service supports, its resource types and schemas, behind the token too. */
test('the discovery endpoints describe what Verbinding supports, to a provider with a token', async ({ request }) => {
  const scim = scimClient(request, (await createScimToken(sql!, 'Discovery')).token);

  const config = await scimBody(await scim.get('/ServiceProviderConfig'), 200);
  expect(config).toMatchObject({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: true },
    bulk: { supported: false },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: 'oauthbearertoken', primary: true, documentationUri: expect.stringMatching(/^http.*\/admin$/) },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: expect.stringMatching(/\/scim\/v2\/ServiceProviderConfig$/),
    },
  });

  const types = await scimBody<ListResponse>(await scim.get('/ResourceTypes'), 200);
  expect(types).toMatchObject({ schemas: [LIST_SCHEMA], totalResults: 2, startIndex: 1, itemsPerPage: 2 });
  expect(types.Resources).toMatchObject([
    { id: 'User', endpoint: '/Users', schema: USER, schemaExtensions: [{ schema: ENTERPRISE, required: false }] },
    {
      id: 'Group',
      endpoint: '/Groups',
      schema: GROUP,
      schemaExtensions: [{ schema: VERBINDING_GROUP, required: false }],
    },
  ]);
  expect(await scimBody(await scim.get('/ResourceTypes/Group'), 200)).toEqual(types.Resources[1]);
  await expectScimError(await scim.get('/ResourceTypes/Device'), 404);

  const schemas = await scimBody<ListResponse>(await scim.get('/Schemas'), 200);
  expect(schemas.totalResults).toBe(4);
  const byId = new Map(schemas.Resources.map((schema) => [schema.id, schema as { attributes: { name: string }[] }]));
  expect([...byId.keys()]).toEqual([USER, ENTERPRISE, GROUP, VERBINDING_GROUP]);
  expect(names(byId.get(USER)!.attributes)).toEqual([
    'userName',
    'name',
    'displayName',
    'emails',
    'active',
    'preferredLanguage',
    'externalId',
  ]);
  expect(names(byId.get(ENTERPRISE)!.attributes)).toEqual(['manager']);
  expect(names(byId.get(GROUP)!.attributes)).toEqual(['displayName', 'members', 'externalId']);
  const extension = await scimBody(await scim.get(`/Schemas/${VERBINDING_GROUP}`), 200);
  expect(extension).toMatchObject({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id: VERBINDING_GROUP,
    attributes: [{ name: 'department', type: 'string', multiValued: false, required: false, mutability: 'readWrite' }],
    meta: { resourceType: 'Schema', location: expect.stringContaining(`/scim/v2/Schemas/${VERBINDING_GROUP}`) },
  });
  await expectScimError(await scim.get('/Schemas/urn:example:nothing'), 404);

  for (const path of ['/ServiceProviderConfig', '/ResourceTypes', '/Schemas', `/Schemas/${GROUP}`])
    await expectScimError(await request.get(`/scim/v2${path}`), 401);
});
