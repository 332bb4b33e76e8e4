import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, teamLeaders, teamMemberships } from '@/db/schema';
import { EMPTY_AUDIT_FILTER } from '@/lib/domain/audit/audit-filter';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { auditWordingFor } from '@/testing/audit-wording';
import { installAppDatabase } from '@/testing/database/app-database';
import { type FixtureOrganisation, createFixtureOrganisation } from '@/testing/database/fixture-organisation';
import { type TestDatabase, createTestDatabase } from '@/testing/database/test-database';
import { createScimUser } from './create-scim-user';
import { deleteScimUser } from './delete-scim-user';
import { getScimUser } from './get-scim-user';
import { listScimUsers } from './list-scim-users';
import { patchScimGroup } from './patch-scim-group';
import { patchScimUser } from './patch-scim-user';
import { type ScimContext, type ScimResult, readScimBody, scimRoute } from './scim-route';
import { createScimTokenFor, revokeScimTokenFor } from './scim-token-admin';

let database: TestDatabase;
let org: FixtureOrganisation;
let admin: Viewer;
let token: { id: number; token: string };

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  admin = (await loadViewer(database.db, org.people.admin))!;
  token = await createScimTokenFor(admin, { name: 'Entra ID' });
});
afterAll(() => database.destroy());

const MANAGER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** A request through the SCIM route, with the token, as an identity provider sends it. */
async function scim<Params>(
  handler: (context: ScimContext<Params>) => Promise<ScimResult>,
  method: string,
  path: string,
  options: { body?: unknown; params?: Params; bearer?: string } = {},
) {
  const request = new Request(`http://verbinding.test/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${options.bearer ?? token.token}`, 'content-type': 'application/scim+json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await scimRoute(handler)(request, { params: Promise.resolve(options.params ?? ({} as Params)) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}
const patch = (id: number, Operations: unknown[]) =>
  scim(patchScimUser, 'PATCH', `/Users/${id}`, {
    params: { id: String(id) },
    body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations },
  });
const create = (userName: string) => scim(createScimUser, 'POST', '/Users', { body: { schemas: [CORE], userName } });
const personRow = async (id: number) => (await database.db.select().from(people).where(eq(people.id, id)))[0]!;
const entriesSince = (id: number) =>
  database.db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(auditLog.id);
const lastAuditId = async () =>
  (await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]?.id ?? 0;

describe('SCIM and the last admin', () => {
  it('refuses to deactivate or delete the last active admin with a 403 that says why, and changes nothing', async () => {
    const before = await lastAuditId();
    const refused = await patch(org.people.admin, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ status: '403' });
    expect(refused.json?.detail).toMatch(/last active admin/);
    const deleted = await scim(deleteScimUser, 'DELETE', `/Users/${org.people.admin}`, {
      params: { id: String(org.people.admin) },
    });
    expect(deleted.status).toBe(403);
    expect((await personRow(org.people.admin)).active).toBe(true);
    expect(await entriesSince(before)).toEqual([]);
  });
});

describe('a manager from SCIM', () => {
  it('becomes a leader of the report’s team, added by the token; removing the manager removes no leader', async () => {
    const before = await lastAuditId();
    expect(
      (await patch(org.people.employee, [{ op: 'Add', path: MANAGER, value: String(org.people.head) }])).status,
    ).toBe(200);
    const leadersOf = async (teamId: number) =>
      (await database.db.select().from(teamLeaders).where(eq(teamLeaders.teamId, teamId)))
        .map((row) => row.personId)
        .sort();
    expect(await leadersOf(org.teams.childTeam)).toEqual([org.people.leader, org.people.head].sort());
    const added = (await entriesSince(before)).find((entry) => entry.action === 'team.leader.add');
    expect(added).toMatchObject({ actorId: null, scimTokenId: token.id, entityId: String(org.teams.childTeam) });

    expect((await patch(org.people.employee, [{ op: 'Remove', path: MANAGER }])).status).toBe(200);
    expect(await leadersOf(org.teams.childTeam)).toEqual([org.people.leader, org.people.head].sort());
  });

  it('leads the team a group puts the report in later', async () => {
    const created = await create('later.report@fixture.test');
    const id = Number(created.json!.id);
    await patch(id, [{ op: 'replace', value: { [MANAGER]: String(org.people.outsider) } }]);
    const leads = () =>
      database.db
        .select()
        .from(teamLeaders)
        .where(and(eq(teamLeaders.teamId, org.teams.parentTeam), eq(teamLeaders.personId, org.people.outsider)));
    expect(await leads()).toEqual([]);
    const joined = await scim(
      async (context) => ({
        body: await patchScimGroup(context, String(org.teams.parentTeam), await readScimBody(context.request)),
      }),
      'PATCH',
      `/Groups/${org.teams.parentTeam}`,
      {
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'Add', path: 'members', value: [{ value: String(id) }] }],
        },
      },
    );
    expect(joined.status).toBe(200);
    expect(await leads()).toHaveLength(1);
  });
});

describe('deactivation, deletion and return through SCIM', () => {
  it('ends the sessions and today’s stay as HR’s deactivation does, audited with the token', async () => {
    const id = Number((await create('leaver.scim@fixture.test')).json!.id);
    await database.db
      .insert(teamMemberships)
      .values({ personId: id, teamId: org.teams.otherTeam, validFrom: '2026-01-01' });
    const before = await personRow(id);
    expect((await patch(id, [{ op: 'replace', value: { active: false } }])).json).toMatchObject({ active: false });
    const after = await personRow(id);
    expect(after).toMatchObject({ active: false, sessionVersion: before.sessionVersion + 1 });
    const [stay] = await database.db.select().from(teamMemberships).where(eq(teamMemberships.personId, id));
    expect(stay!.validTo).toBe(organisationDay(new Date()));
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.deactivate'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ actorId: null, scimTokenId: token.id });
  });

  it('answers 404 once deleted, keeps the person inactive, and brings the same person back on a POST', async () => {
    const id = Number((await create('returner@fixture.test')).json!.id);
    const params = { id: String(id) };
    expect((await scim(deleteScimUser, 'DELETE', `/Users/${id}`, { params })).status).toBe(204);
    expect((await scim(getScimUser, 'GET', `/Users/${id}`, { params })).status).toBe(404);
    expect((await scim(deleteScimUser, 'DELETE', `/Users/${id}`, { params })).status).toBe(404);
    const found = await scim(
      listScimUsers,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "returner@fixture.test"')}`,
    );
    expect(found.json).toMatchObject({ totalResults: 0 });
    expect(await personRow(id)).toMatchObject({ active: false });

    const back = await create('Returner@fixture.test');
    expect(back.status).toBe(201);
    expect(back.json).toMatchObject({ id: String(id), active: true, userName: 'Returner@fixture.test' });
    expect(back.headers.get('location')).toBe(`http://verbinding.test/scim/v2/Users/${id}`);
    expect(await personRow(id)).toMatchObject({ active: true, scimDeletedAt: null });
  });

  it('finds a person the CSV import made by userName, whatever its case, and refuses to create them again', async () => {
    const filter = encodeURIComponent('userName eq "EMPLOYEE@fixture.test"');
    const found = await scim(listScimUsers, 'GET', `/Users?filter=${filter}&startIndex=1&count=100`);
    expect(found.json).toMatchObject({ totalResults: 1, Resources: [{ id: String(org.people.employee) }] });
    const again = await create('employee@fixture.test');
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ scimType: 'uniqueness' });
  });
});

describe('the audit log of SCIM changes', () => {
  it('names the token as who made them, in both languages, and the person filter finds them by it', async () => {
    for (const locale of ['en', 'nl'] as const) {
      const log = await listAuditEntries(
        admin,
        { ...EMPTY_AUDIT_FILTER, person: 'SCIM' },
        await auditWordingFor(locale),
      );
      expect(log.total).toBeGreaterThan(0);
      expect(new Set(log.entries.map((entry) => entry.actor))).toEqual(new Set(['SCIM: Entra ID']));
    }
    const english = await auditWordingFor('en');
    const created = await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, action: 'person.create' }, english);
    expect(created.entries[0]).toMatchObject({ actor: 'SCIM: Entra ID', actionLabel: 'Created through provisioning' });
    const named = await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, person: 'scim: entra' }, english);
    expect(named.total).toBe((await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, person: 'SCIM' }, english)).total);
  });
});

describe('a revoked token', () => {
  it('stops working at once: 401 with WWW-Authenticate', async () => {
    const spare = await createScimTokenFor(admin, { name: 'Okta' });
    expect((await scim(listScimUsers, 'GET', '/Users?count=1', { bearer: spare.token })).status).toBe(200);
    await revokeScimTokenFor(admin, { tokenId: spare.id });
    const refused = await scim(listScimUsers, 'GET', '/Users?count=1', { bearer: spare.token });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scim-token.revoke'), isNull(auditLog.scimTokenId)));
    expect(JSON.stringify(entry)).not.toContain(spare.token);
  });
});
