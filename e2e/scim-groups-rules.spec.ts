import { createPerson, workerDatabase } from './support/e2e-people';
import {
  ERROR_SCHEMA,
  GROUP_SCHEMA,
  type ListResponse,
  PATCH_SCHEMA,
  VERBINDING_GROUP,
  createScimToken,
  expectScimError,
  filterBy,
  scimBody,
  scimClient,
  staysOf,
  unique,
} from './support/scim-client';
import { expect, test } from './support/test';

const sql = workerDatabase();

test.skip(!sql, 'needs the e2e server on Postgres (DATABASE_URL) to create a token');

type Group = Record<string, unknown> & { id: string };

test('a provider that sends the extension names the department there, and gets its displayName back as sent', async ({
  request,
}) => {
  const db = sql!;
  const scim = scimClient(request, (await createScimToken(db, 'Extension')).token);
  const root = `E2E Extension ${unique()}`;
  const team = `Heftrucks ${unique()}`;
  const group = await scimBody<Group>(
    await scim.post('/Groups', {
      schemas: [GROUP_SCHEMA, VERBINDING_GROUP],
      displayName: team,
      [VERBINDING_GROUP]: { department: `${root} / Magazijn` },
    }),
    201,
  );
  expect(group).toMatchObject({ displayName: team, [VERBINDING_GROUP]: { department: `${root} / Magazijn` } });
  const byName = await scimBody<ListResponse>(await scim.get(`/Groups?${filterBy(`displayName eq "${team}"`)}`), 200);
  expect(byName.Resources.map((resource) => resource.id)).toEqual([group.id]);
  const byPath = `/Groups?attributes=displayName&${filterBy(`displayName eq "${root} / Magazijn / ${team}"`)}`;
  expect((await scimBody<ListResponse>(await scim.get(byPath), 200)).Resources).toEqual([
    { schemas: [GROUP_SCHEMA, VERBINDING_GROUP], id: group.id, displayName: team },
  ]);

  const page = await scimBody<ListResponse>(
    await scim.get('/Groups?startIndex=2&count=1&excludedAttributes=members'),
    200,
  );
  expect(page).toMatchObject({ startIndex: 2, itemsPerPage: 1 });
  expect(page.Resources).toHaveLength(1);
  expect(page.totalResults).toBeGreaterThan(2);
});

test('a bad, missing or revoked token gets SCIM 401, and changes nothing', async ({ request }) => {
  const db = sql!;
  const { token, id } = await createScimToken(db, 'Revoked');
  await db`update scim_tokens set revoked_at = now() where id = ${id}`;
  const root = `E2E Refused ${unique()}`;
  const body = { schemas: [GROUP_SCHEMA], displayName: `${root} / Team` };
  for (const authorization of [`Bearer ${token}`, 'Bearer vbscim_not-a-token', '', `Basic ${btoa('a:b')}`]) {
    const response = await request.post('/scim/v2/Groups', {
      headers: { authorization, 'content-type': 'application/scim+json' },
      data: JSON.stringify(body),
    });
    await expectScimError(response, 401);
    expect(response.headers()['www-authenticate']).toMatch(/^Bearer/);
  }
  expect((await request.get('/scim/v2/Groups', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  expect(await db`select 1 from departments where name = ${root}`).toEqual([]);
});

test('malformed bodies, unknown members and ids get SCIM 400 and 404 errors that say why, and change nothing', async ({
  request,
}) => {
  const db = sql!;
  const scim = scimClient(request, (await createScimToken(db, 'Refusals')).token);
  const root = `E2E Refusals ${unique()}`;
  const member = (await createPerson(db, 'scim-refused')).personId;
  const left = (await createPerson(db, 'scim-left')).personId;
  await db`update people set active = false where id = ${left}`;
  const group = await scimBody<Group>(
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: `${root} / Team` }),
    201,
  );
  const path = `/Groups/${group.id}`;

  const noDepartment = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Heftrucks' });
  expect((await expectScimError(noDepartment, 400, 'invalidValue')).detail).toContain(`${VERBINDING_GROUP}:department`);
  await expectScimError(await scim.post('/Groups', { displayName: `${root} / Team 2` }), 400, 'invalidSyntax');
  await expectScimError(
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: `${root} / team` }),
    409,
    'uniqueness',
  );
  await expectScimError(
    await scim.send('PATCH', path, {
      Operations: [{ op: 'add', path: 'members', value: [{ value: String(member) }] }],
    }),
    400,
    'invalidSyntax',
  );
  await expectScimError(
    await scim.send('PATCH', path, { schemas: [PATCH_SCHEMA], Operations: [{ op: 'move', path: 'members' }] }),
    400,
    'invalidSyntax',
  );
  await expectScimError(
    await scim.patch(path, [{ op: 'add', path: 'members', value: [{ value: 'ann@example.be' }] }]),
    400,
    'invalidValue',
  );
  const unknown = await scim.patch(path, [
    { op: 'add', path: 'members', value: [{ value: String(member) }, { value: '2147483000' }] },
  ]);
  expect((await expectScimError(unknown, 400, 'invalidValue')).detail).toContain('"2147483000"');
  const inactive = await scim.patch(path, [{ op: 'add', path: 'members', value: [{ value: String(left) }] }]);
  expect((await expectScimError(inactive, 400, 'invalidValue')).detail).toContain('deactivated');
  await expectScimError(
    await scim.patch(path, [{ op: 'replace', path: 'description', value: 'x' }]),
    400,
    'invalidPath',
  );
  await expectScimError(await scim.get(`/Groups?${filterBy('displayName co "Team"')}`), 400, 'invalidFilter');
  await expectScimError(await scim.send('PUT', path, '{"schemas":'), 400, 'invalidSyntax');
  expect(await staysOf(db, member)).toEqual([]);
  expect(await scimBody<Group>(await scim.get(path), 200)).toMatchObject({
    displayName: `${root} / Team`,
    members: [],
  });

  for (const missing of ['/Groups/2147483000', '/Groups/abc', '/Groups/0'])
    await expectScimError(await scim.get(missing), 404);
  await expectScimError(await scim.patch('/Groups/2147483000', [{ op: 'remove', path: 'members' }]), 404);
  await expectScimError(
    await scim.put('/Groups/2147483000', { schemas: [GROUP_SCHEMA], displayName: `${root} / X` }),
    404,
  );
  const error = await scimBody(await scim.send('DELETE', '/Groups/2147483000'), 404);
  expect(error.schemas).toEqual([ERROR_SCHEMA]);
});
