import { E2E_BASE_URL } from './support/e2e-environment';
import { createPerson, workerDatabase } from './support/e2e-people';
import {
  GROUP_SCHEMA,
  LIST_SCHEMA,
  type ListResponse,
  VERBINDING_GROUP,
  auditOfToken,
  createScimToken,
  filterBy,
  oldTeam,
  scimBody,
  scimClient,
  staysOf,
  stayedSince2025,
  today,
  unique,
} from './support/scim-client';
import { expect, test } from './support/test';

const sql = workerDatabase();

test.skip(!sql, 'needs the e2e server on Postgres (DATABASE_URL) to create a token and read the history');

type Group = Record<string, unknown> & { id: string; displayName: string; members?: { value: string }[] };
const memberIds = (group: Group) => (group.members ?? []).map((member) => member.value);

/**
 * Entra ID's group provisioning, as Microsoft documents it in "Tutorial: Develop and plan provisioning
 * for a SCIM endpoint in Microsoft Entra ID", section "Group operations"
 * (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups):
 * it looks the group up by displayName with `excludedAttributes=members`, creates it with its
 * externalId, adds members with `{"op":"Add","path":"members"}`, checks a membership with
 * `id eq … and members[value eq …]`, removes members, replaces the displayName, and deletes the group.
 * The lookup by displayName is also Microsoft's answer in
 * https://learn.microsoft.com/en-us/answers/questions/923479/disable-displayname-filter-scim-groups-api.
 */
test("Entra ID's group sequence: a team in departments named by the displayName, members moved today", async ({
  request,
}) => {
  const db = sql!;
  const { token, id: tokenId } = await createScimToken(db, 'Entra ID');
  const scim = scimClient(request, token);
  const root = `E2E Entra ${unique()}`;
  const displayName = `${root} / Magazijn / Heftrucks`;
  const ann = (await createPerson(db, 'scim-entra-ann')).personId;
  const carl = (await createPerson(db, 'scim-entra-carl')).personId;
  const earlier = await oldTeam(db, `${root} oud`);
  await stayedSince2025(db, ann, earlier);

  const lookup = `/Groups?excludedAttributes=members&${filterBy(`displayName eq "${displayName}"`)}`;
  expect(await scimBody<ListResponse>(await scim.get(lookup), 200)).toEqual({
    schemas: [LIST_SCHEMA],
    totalResults: 0,
    startIndex: 1,
    itemsPerPage: 0,
    Resources: [],
  });

  const externalId = `8aa1a0c0-${unique()}`;
  const created = await scim.post('/Groups', {
    schemas: [GROUP_SCHEMA],
    externalId,
    displayName,
    meta: { resourceType: 'Group' },
  });
  const group = await scimBody<Group>(created, 201);
  expect(created.headers()['location']).toBe(`${E2E_BASE_URL}/scim/v2/Groups/${group.id}`);
  expect(group).toMatchObject({
    schemas: [GROUP_SCHEMA, VERBINDING_GROUP],
    id: expect.stringMatching(/^\d+$/),
    externalId,
    displayName,
    members: [],
    [VERBINDING_GROUP]: { department: `${root} / Magazijn` },
    meta: { resourceType: 'Group', location: created.headers()['location'] },
  });
  const [team] = await db`
    select t.name, d.name as department, p.name as parent, p.parent_id
    from teams t join departments d on d.id = t.department_id join departments p on p.id = d.parent_id
    where t.id = ${Number(group.id)}`;
  expect(team).toEqual({ name: 'Heftrucks', department: 'Magazijn', parent: root, parent_id: null });

  const found = await scimBody<ListResponse>(await scim.get(lookup), 200);
  expect(found.totalResults).toBe(1);
  expect(found.Resources[0]).toMatchObject({ id: group.id, displayName, externalId });
  expect(found.Resources[0]).not.toHaveProperty('members');

  // Adding a member moves them into the team today: the stay they had closes, a new one opens.
  const added = await scim.patch(`/Groups/${group.id}`, [
    { name: 'addMember', op: 'Add', path: 'members', value: [{ $ref: null, value: String(ann) }] },
  ]);
  expect(memberIds(await scimBody<Group>(added, 200))).toEqual([String(ann)]);
  expect(await staysOf(db, ann)).toEqual([
    { team_id: earlier, valid_from: '2025-01-01', valid_to: today() },
    { team_id: Number(group.id), valid_from: today(), valid_to: null },
  ]);

  const membership = (personId: number) =>
    `/Groups?excludedAttributes=members&${filterBy(`id eq "${group.id}" and members[value eq "${personId}"]`)}`;
  expect((await scimBody<ListResponse>(await scim.get(membership(ann)), 200)).totalResults).toBe(1);
  expect((await scimBody<ListResponse>(await scim.get(membership(carl)), 200)).totalResults).toBe(0);

  // Removing the member ends their stay today; one that began today covered no day, and goes.
  const removed = await scim.patch(`/Groups/${group.id}`, [{ op: 'Remove', path: `members[value eq "${ann}"]` }]);
  expect(memberIds(await scimBody<Group>(removed, 200))).toEqual([]);
  expect(await staysOf(db, ann)).toEqual([{ team_id: earlier, valid_from: '2025-01-01', valid_to: today() }]);

  const renamed = `${root.toLowerCase()} / MAGAZIJN / Vorklift`;
  const replaced = await scim.patch(`/Groups/${group.id}`, [{ op: 'Replace', path: 'displayName', value: renamed }]);
  expect(await scimBody<Group>(replaced, 200)).toMatchObject({ id: group.id, displayName: renamed });
  const [after] = await db`
    select t.name, (select count(*)::int from departments where name ilike 'magazijn' and parent_id = d.parent_id) as magazijnen
    from teams t join departments d on d.id = t.department_id where t.id = ${Number(group.id)}`;
  expect(after).toEqual({ name: 'Vorklift', magazijnen: 1 });

  // Deleting the group keeps the team and its history: the members' stays end today, and it is no group any more.
  await stayedSince2025(db, carl, Number(group.id));
  const deleted = await scim.send('DELETE', `/Groups/${group.id}`);
  expect(deleted.status()).toBe(204);
  expect(await deleted.text()).toBe('');
  expect((await scim.get(`/Groups/${group.id}`)).status()).toBe(404);
  expect((await scimBody<ListResponse>(await scim.get(lookup), 200)).totalResults).toBe(0);
  expect(await staysOf(db, carl)).toEqual([{ team_id: Number(group.id), valid_from: '2025-01-01', valid_to: today() }]);
  const [kept] =
    await db`select name, external_id, scim_deleted_at is not null as deleted from teams where id = ${Number(group.id)}`;
  expect(kept).toEqual({ name: 'Vorklift', external_id: null, deleted: true });

  expect((await auditOfToken(db, tokenId)).map((entry) => [entry.action, entry.actor_id])).toEqual([
    ['department.create', null],
    ['department.create', null],
    ['team.create', null],
    ['person.move', null],
    ['person.move', null],
    ['team.update', null],
    ['person.move', null],
    ['team.update', null],
  ]);
});

/**
 * Okta's Push Groups, as Okta documents it in "Okta and SCIM Version 2.0", section "SCIM Group
 * operations" (https://developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20): a lookup with
 * `filter=displayName eq`, a POST with the members, PATCH with lowercase operations (members added,
 * removed by a value filter or with the members as the value, a rename without a path that sends the
 * group's id along), a PUT of the whole group, and DELETE.
 */
test("Okta's group push: members added and removed, renamed without a path, replaced, the last group wins", async ({
  request,
}) => {
  const db = sql!;
  const { token, id: tokenId } = await createScimToken(db, 'Okta');
  const scim = scimClient(request, token);
  const root = `E2E Okta ${unique()}`;
  const [dana, erik] = [
    (await createPerson(db, 'scim-okta-dana')).personId,
    (await createPerson(db, 'scim-okta-erik')).personId,
  ];
  const earlier = await oldTeam(db, `${root} oud`);
  await stayedSince2025(db, dana, earlier);
  await stayedSince2025(db, erik, earlier);

  const displayName = `${root} / Logistiek`;
  expect(
    (await scimBody<ListResponse>(await scim.get(`/Groups?${filterBy(`displayName eq "${displayName}"`)}`), 200))
      .totalResults,
  ).toBe(0);
  const group = await scimBody<Group>(
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName, members: [{ value: String(dana) }] }),
    201,
  );
  expect(memberIds(group)).toEqual([String(dana)]);
  expect(group[VERBINDING_GROUP]).toEqual({ department: root });

  const path = `/Groups/${group.id}`;
  expect(
    memberIds(
      await scimBody<Group>(
        await scim.patch(path, [{ op: 'add', path: 'members', value: [{ value: String(erik), display: 'erik' }] }]),
        200,
      ),
    ),
  ).toEqual([String(dana), String(erik)]);
  expect(
    memberIds(
      await scimBody<Group>(
        await scim.patch(path, [{ op: 'remove', path: 'members', value: [{ value: String(dana) }] }]),
        200,
      ),
    ),
  ).toEqual([String(erik)]);
  expect(
    memberIds(
      await scimBody<Group>(
        await scim.patch(path, [
          { op: 'remove', path: `members[value eq "${erik}"]` },
          { op: 'add', path: 'members', value: [{ value: String(dana) }] },
        ]),
        200,
      ),
    ),
  ).toEqual([String(dana)]);

  const renamed = await scimBody<Group>(
    await scim.patch(path, [{ op: 'replace', value: { id: group.id, displayName: `${root} / Expeditie` } }]),
    200,
  );
  expect(renamed).toMatchObject({ displayName: `${root} / Expeditie`, members: [{ value: String(dana) }] });

  const put = await scimBody<Group>(
    await scim.put(path, {
      schemas: [GROUP_SCHEMA],
      id: group.id,
      displayName: `${root} / Expeditie`,
      members: [{ value: String(erik) }],
    }),
    200,
  );
  expect(memberIds(put)).toEqual([String(erik)]);
  expect((await staysOf(db, dana)).filter((stay) => stay.valid_to === null)).toEqual([]);

  // A person is in one team at a time: the last group that adds them wins.
  const second = await scimBody<Group>(
    await scim.post('/Groups', {
      schemas: [GROUP_SCHEMA],
      displayName: `${root} / Retour`,
      members: [{ value: String(erik) }],
    }),
    201,
  );
  expect(memberIds(second)).toEqual([String(erik)]);
  expect(memberIds(await scimBody<Group>(await scim.get(path), 200))).toEqual([]);
  expect(await staysOf(db, erik)).toEqual([
    { team_id: earlier, valid_from: '2025-01-01', valid_to: today() },
    { team_id: Number(second.id), valid_from: today(), valid_to: null },
  ]);

  expect((await scim.send('DELETE', path)).status()).toBe(204);
  expect((await scim.send('DELETE', path)).status()).toBe(404);
  const audit = await auditOfToken(db, tokenId);
  expect(audit.every((entry) => entry.actor_id === null)).toBe(true);
  expect(audit.filter((entry) => entry.action === 'person.move').map((entry) => Number(entry.entity_id))).toEqual([
    dana,
    erik,
    dana,
    erik,
    dana,
    dana,
    erik,
    erik,
  ]);
});
