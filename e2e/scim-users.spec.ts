import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { hashPassword } from '@/lib/domain/auth/password';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { DEMO_PASSWORD, signedInPage } from './support/demo-accounts';
import { workerDatabase, joinEmployeesTeam } from './support/e2e-people';
import {
  CORE_USER,
  ENTERPRISE_USER,
  ERROR,
  LIST_RESPONSE,
  SCIM_CONTENT_TYPE,
  createScimToken,
  usersWhere,
  freshAddress,
  scimClient,
} from './support/scim';
import { expect, test } from './support/test';

/*
 * SCIM Users against the real server and database, replaying what identity providers send:
 * - Microsoft Entra ID: "Tutorial: Develop and plan provisioning for a SCIM endpoint in Microsoft Entra ID"
 *   (learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups, "User
 *   Operations": get by query, create, get, update multi- and single-valued, disable, delete), and "Known
 *   issues and resolutions with SCIM 2.0 protocol compliance" (…/application-provisioning-config-problem-
 *   scim-compatibility): PATCH with "Replace" and "False" by default, without a path under the
 *   aadOptscim062020 flag.
 * - Okta: "SCIM 2.0 Protocol Reference" (developer.okta.com/docs/reference/scim/scim-20/: filter with
 *   startIndex=1&count=100, create, retrieve, PUT, PATCH active false) and its SCIM 2.0 spec test
 *   (developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-SPEC-Test.json: recreating a user fails,
 *   the userName lookup ignores case, an unknown id is 404).
 */

const sql = workerDatabase();
test.skip(!sql, 'The SCIM spec stores a token of its own and checks people in the e2e database (DATABASE_URL).');

const MANAGER = `${ENTERPRISE_USER}:manager`;
type Json = Record<string, unknown>;

const personRow = async (id: string) =>
  (
    await sql!<{ email: string; active: boolean; locale: string }[]>`
    select email, active, locale from people where id = ${Number(id)}`
  )[0]!;

/** A browser signed in as the person, for whom `/api/v1/me` answers while their session lives. */
async function signedIn(browser: Browser, id: string, email: string) {
  await sql!`update people set password_hash = ${await hashPassword(DEMO_PASSWORD)} where id = ${Number(id)}`;
  return signedInPage(browser, email);
}

test('Entra ID provisions a user: looks up, creates, reads, updates with and without path, sets the manager, disables and deletes', async ({
  request,
  browser,
  baseURL,
}) => {
  const { id: tokenId, token } = await createScimToken(sql!, 'entra');
  const scim = scimClient(request, token);
  const userName = freshAddress('entra');

  const none = await scim.get(usersWhere(`userName eq "${userName}"`));
  expect(none.status).toBe(200);
  expect(none.contentType).toContain(SCIM_CONTENT_TYPE);
  expect(none.json).toMatchObject({ schemas: [LIST_RESPONSE], totalResults: 0, Resources: [], startIndex: 1 });

  const created = await scim.post('/Users', {
    schemas: [CORE_USER, ENTERPRISE_USER],
    externalId: randomUUID(),
    userName,
    active: true,
    emails: [{ primary: true, type: 'work', value: userName }],
    meta: { resourceType: 'User' },
    name: { formatted: 'Eva Entra', familyName: 'Entra', givenName: 'Eva' },
    roles: [],
  });
  expect(created.status).toBe(201);
  expect(created.contentType).toContain(SCIM_CONTENT_TYPE);
  const user = created.json as Json & { id: string };
  expect(created.location).toBe(`${baseURL}/scim/v2/Users/${user.id}`);
  expect(user).toMatchObject({
    schemas: [CORE_USER],
    id: expect.stringMatching(/^\d+$/),
    userName,
    name: { givenName: 'Eva', familyName: 'Entra', formatted: 'Eva Entra' },
    displayName: 'Eva Entra',
    active: true,
    emails: [{ value: userName, type: 'work', primary: true }],
    meta: { resourceType: 'User', location: created.location },
  });
  expect(Date.parse((user.meta as Json).created as string)).not.toBeNaN();
  expect((await scim.get(`/Users/${user.id}`)).json).toEqual(user);
  for (const filter of [`userName eq "${userName}"`, `emails[type eq "work"].value eq "${userName}"`])
    expect((await scim.get(usersWhere(filter))).json).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });

  await joinEmployeesTeam(sql!, Number(user.id));
  const session = await signedIn(browser, user.id, userName);
  expect((await session.request.get('/api/v1/me')).status()).toBe(200);

  const multiValued = await scim.patch(`/Users/${user.id}`, [
    { op: 'Replace', path: 'emails[type eq "work"].value', value: 'elsewhere@demo.test' },
    { op: 'Replace', path: 'name.familyName', value: 'Entra-Peeters' },
  ]);
  expect(multiValued.status).toBe(200);
  expect(multiValued.json).toMatchObject({ name: { familyName: 'Entra-Peeters' }, emails: [{ value: userName }] });

  const renamed = freshAddress('entra-renamed');
  const singleValued = await scim.patch(`/Users/${user.id}`, [{ op: 'Replace', path: 'userName', value: renamed }]);
  expect(singleValued.json).toMatchObject({ userName: renamed, emails: [{ value: renamed }] });
  expect((await personRow(user.id)).email).toBe(renamed);

  const withoutPath = await scim.patch(`/Users/${user.id}`, [
    { op: 'replace', path: 'emails[type eq "work"].value', value: renamed },
    {
      op: 'replace',
      value: {
        displayName: 'Eva E.',
        'name.givenName': 'Eva',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber': 'E-17',
        preferredLanguage: 'en-GB',
      },
    },
  ]);
  expect(withoutPath.json).toMatchObject({ displayName: 'Eva E.', preferredLanguage: 'en-GB' });
  expect((await personRow(user.id)).locale).toBe('en');

  const manager = await scim.post('/Users', { schemas: [CORE_USER], userName: freshAddress('manager') });
  const managed = await scim.patch(`/Users/${user.id}`, [{ op: 'Add', path: MANAGER, value: manager.json!.id }]);
  expect(managed.json).toMatchObject({ [ENTERPRISE_USER]: { manager: { value: manager.json!.id } } });
  const [leads] = await sql!`
    select 1 from team_leaders l join team_memberships m on m.team_id = l.team_id and m.valid_to is null
    where l.person_id = ${Number(manager.json!.id)} and m.person_id = ${Number(user.id)}`;
  expect(leads, 'the manager leads the team of the person they manage').toBeDefined();

  const disabled = await scim.patch(`/Users/${user.id}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
  expect(disabled.json).toMatchObject({ id: user.id, active: false });
  expect((await personRow(user.id)).active).toBe(false);
  expect((await session.request.get('/api/v1/me')).status()).toBe(401);
  const stays = await sql!<{ validTo: string | null }[]>`
    select to_char(valid_to, 'YYYY-MM-DD') as "validTo" from team_memberships where person_id = ${Number(user.id)}`;
  expect(stays).toEqual([{ validTo: organisationDay(new Date()) }]);
  expect((await scim.get(`/Users/${user.id}`)).json).toMatchObject({ active: false });

  const deleted = await scim.delete(`/Users/${user.id}`);
  expect([deleted.status, deleted.json]).toEqual([204, null]);
  const gone = await scim.get(`/Users/${user.id}`);
  expect(gone.status).toBe(404);
  expect(gone.json).toMatchObject({ schemas: [ERROR], status: '404' });
  expect((await personRow(user.id)).active).toBe(false);

  const audited = await sql!<{ action: string; actorId: number | null }[]>`
    select action, actor_id as "actorId" from audit_log where scim_token_id = ${tokenId} order by id`;
  expect(audited.map((entry) => entry.action)).toEqual(
    expect.arrayContaining(['person.create', 'person.update', 'team.leader.add', 'person.deactivate']),
  );
  expect(audited.every((entry) => entry.actorId === null)).toBe(true);
});

test('Okta provisions a user: filter with paging, create, recreate refused, any case, PUT, deactivate and activate', async ({
  request,
}) => {
  const scim = scimClient(request, (await createScimToken(sql!, 'okta')).token);
  const userName = freshAddress('okta');
  const paging = '&startIndex=1&count=100';

  const none = await scim.get(usersWhere(`userName eq "${userName}"`, paging));
  expect(none.json).toEqual({
    schemas: [LIST_RESPONSE],
    totalResults: 0,
    startIndex: 1,
    itemsPerPage: 0,
    Resources: [],
  });

  const body = {
    schemas: [CORE_USER],
    userName,
    name: { givenName: 'Test', familyName: 'User' },
    emails: [{ primary: true, value: userName, type: 'work' }],
    displayName: 'Test User',
    locale: 'en-US',
    externalId: `00u${randomUUID().slice(0, 8)}`,
    groups: [],
    password: '1mz050nq',
    active: true,
  };
  const created = await scim.post('/Users', body);
  expect(created.status).toBe(201);
  const id = (created.json as { id: string }).id;
  expect(created.json).toMatchObject({ userName, externalId: body.externalId, name: body.name, active: true });
  expect((await personRow(id)).locale).toBe('en');

  const again = await scim.post('/Users', body);
  expect(again.status).toBe(409);
  expect(again.json).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
  const anyCase = await scim.get(usersWhere(`userName eq "${userName.toUpperCase()}"`, paging));
  expect(anyCase.json).toMatchObject({ totalResults: 1, itemsPerPage: 1, Resources: [{ id }] });
  expect((await scim.get(`/Users/${randomUUID()}`)).status).toBe(404);

  const read = (await scim.get(`/Users/${id}`)).json!;
  const replaced = await scim.put(`/Users/${id}`, {
    ...read,
    name: { givenName: 'Another', middleName: 'Excited', familyName: 'User' },
  });
  expect(replaced.status).toBe(200);
  expect(replaced.json).toMatchObject({ name: { givenName: 'Another', familyName: 'User' }, displayName: 'Test User' });

  const deactivated = await scim.patch(`/Users/${id}`, [{ op: 'replace', value: { active: false } }]);
  expect(deactivated.json).toMatchObject({ id, active: false });
  expect((await personRow(id)).active).toBe(false);
  const activated = await scim.patch(`/Users/${id}`, [{ op: 'replace', value: { active: true } }]);
  expect(activated.json).toMatchObject({ active: true });
  expect((await personRow(id)).active).toBe(true);

  const firstTwo = (await scim.get('/Users?startIndex=1&count=2')).json as { totalResults: number; Resources: Json[] };
  expect(firstTwo).toMatchObject({ startIndex: 1, itemsPerPage: 2 });
  expect(firstTwo.totalResults).toBeGreaterThan(2);
  const second = (await scim.get('/Users?startIndex=2&count=1')).json as { Resources: Json[] };
  expect(second.Resources.map((resource) => resource.id)).toEqual([firstTwo.Resources[1]!.id]);
});

test('refuses what is not right with SCIM errors: token, body, filter, id, attribute; a deleted user comes back on POST', async ({
  request,
}) => {
  const { token } = await createScimToken(sql!, 'errors');
  const scim = scimClient(request, token);
  for (const bearer of [null, 'vbscim_not-a-token']) {
    const refused = await scimClient(request, bearer).get('/Users');
    expect(refused.status).toBe(401);
    expect(refused.contentType).toContain(SCIM_CONTENT_TYPE);
    expect(refused.wwwAuthenticate).toMatch(/^Bearer/);
    expect(refused.json).toMatchObject({ schemas: [ERROR], status: '401' });
  }
  const refusals: [Promise<{ status: number; json: Json | null }>, string][] = [
    [scim.send('POST', '/Users', '{"schemas": ['), 'invalidSyntax'],
    [scim.post('/Users', { schemas: [CORE_USER], displayName: 'No Name' }), 'invalidValue'],
    [scim.post('/Users', { schemas: [CORE_USER], userName: 'not-an-address' }), 'invalidValue'],
    [scim.get(usersWhere('displayName eq "Ann"')), 'invalidFilter'],
    [scim.get(usersWhere('userName co "demo"')), 'invalidFilter'],
  ];
  for (const [answer, scimType] of refusals)
    expect(await answer).toMatchObject({ status: 400, json: { schemas: [ERROR], status: '400', scimType } });

  const userName = freshAddress('errors');
  const id = ((await scim.post('/Users', { schemas: [CORE_USER], userName })).json as { id: string }).id;
  expect(await scim.patch(`/Users/${id}`, [{ op: 'replace', path: 'shoeSize', value: 42 }])).toMatchObject({
    status: 400,
    json: { scimType: 'invalidPath' },
  });
  expect(await scim.patch(`/Users/${id}`, [{ op: 'teleport', path: 'active', value: false }])).toMatchObject({
    status: 400,
    json: { scimType: 'invalidSyntax' },
  });
  for (const path of ['/Users/999999999', '/Users/abc'])
    expect(await scim.get(path)).toMatchObject({ status: 404, json: { schemas: [ERROR], status: '404' } });

  expect((await scim.delete(`/Users/${id}`)).status).toBe(204);
  expect((await scim.get(usersWhere(`userName eq "${userName}"`))).json).toMatchObject({ totalResults: 0 });
  const back = await scim.post('/Users', { schemas: [CORE_USER], userName });
  expect(back).toMatchObject({ status: 201, json: { id, active: true } });
});
