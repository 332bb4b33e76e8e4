import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, personRoles } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { organisationState } from '@/testing/database/organisation-state';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import type { Role } from '@/lib/domain/permissions';
import { deactivatePerson, reactivatePerson } from '@/lib/server/people/person-activation';
import { grantRole, revokeRole } from '@/lib/server/people/role-management';
import { type Viewer, loadViewer } from './viewer';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let org: FixtureOrganisation;
let hr: Viewer;
/** Someone who manages the organisation and is an admin too: the one who may change HR and admins. */
let hrAdmin: Viewer;
const extra: Record<'secondHr' | 'formerHr' | 'formerAdmin', number> = { secondHr: 0, formerHr: 0, formerAdmin: 0 };

async function addPerson(key: string, roles: Role[], active = true): Promise<number> {
  const [person] = await database.db
    .insert(people)
    .values({ email: `${key}@fixture.test`, name: `Fixture ${key}`, active })
    .returning({ id: people.id });
  await database.db.insert(personRoles).values(roles.map((role) => ({ personId: person!.id, role })));
  return person!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  hr = (await loadViewer(database.db, org.people.hr))!;
  hrAdmin = (await loadViewer(database.db, await addPerson('hr-admin', ['employee', 'hr', 'admin'])))!;
  extra.secondHr = await addPerson('second-hr', ['employee', 'hr']);
  extra.formerHr = await addPerson('former-hr', ['employee', 'hr'], false);
  extra.formerAdmin = await addPerson('former-admin', ['admin'], false);
});
afterAll(() => database.destroy());

async function sessionVersion(personId: number): Promise<number> {
  const [person] = await database.db
    .select({ sessionVersion: people.sessionVersion })
    .from(people)
    .where(eq(people.id, personId));
  return person!.sessionVersion;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) =>
      error instanceof ChangeRefused
        ? `${error.code}:${error.reason}`
        : error instanceof AppError
          ? error.code
          : String(error),
  );

describe('deactivating and reactivating holders of HR and admin', () => {
  it('is refused to HR, with a reason the page explains, changing nothing', async () => {
    const before = await organisationState(database.db);
    expect(await refusal(deactivatePerson(hr, org.people.admin))).toBe('forbidden:roleHolderActivation');
    expect(await refusal(deactivatePerson(hr, extra.secondHr))).toBe('forbidden:roleHolderActivation');
    expect(await refusal(deactivatePerson(hr, hr.personId))).toBe('forbidden:roleHolderActivation');
    expect(await refusal(reactivatePerson(hr, extra.formerHr))).toBe('forbidden:roleHolderActivation');
    expect(await refusal(reactivatePerson(hr, extra.formerAdmin))).toBe('forbidden:roleHolderActivation');
    expect(await organisationState(database.db)).toBe(before);
  });

  it('is allowed to an admin, and deactivation ends every session of the person', async () => {
    const versions = await Promise.all([org.people.admin, extra.secondHr].map(sessionVersion));
    await deactivatePerson(hrAdmin, org.people.admin);
    await deactivatePerson(hrAdmin, extra.secondHr);
    expect(await Promise.all([org.people.admin, extra.secondHr].map(sessionVersion))).toEqual(
      versions.map((version) => version + 1),
    );
    for (const personId of [org.people.admin, extra.secondHr, extra.formerHr, extra.formerAdmin])
      await reactivatePerson(hrAdmin, personId);
    const active = await database.db
      .select({ active: people.active })
      .from(people)
      .where(inArray(people.id, [org.people.admin, extra.secondHr, extra.formerHr, extra.formerAdmin]));
    expect(active.every((person) => person.active)).toBe(true);
  });

  it('lets an admin who is not HR change holders of HR and admin from /admin, and nobody else', async () => {
    const admin = (await loadViewer(database.db, await addPerson('admin-only', ['admin'])))!;
    await deactivatePerson(admin, extra.secondHr);
    await reactivatePerson(admin, extra.secondHr);
    const before = await organisationState(database.db);
    expect(await refusal(deactivatePerson(admin, org.people.employee))).toBe('forbidden');
    expect(await organisationState(database.db)).toBe(before);
  });

  it('leaves HR deactivating and reactivating everyone else, and ends the leaver’s sessions', async () => {
    const version = await sessionVersion(org.people.employee);
    await deactivatePerson(hr, org.people.employee);
    expect(await sessionVersion(org.people.employee)).toBe(version + 1);
    await reactivatePerson(hr, org.people.employee);
    expect((await loadViewer(database.db, org.people.employee))?.roles).toEqual(['employee']);
  });
});

describe('granting and revoking HR and admin', () => {
  it('is for admins only, changing nothing when HR tries', async () => {
    const before = await organisationState(database.db);
    expect(await refusal(grantRole(hr, { email: 'employee@fixture.test', role: 'hr' }))).toBe('forbidden');
    expect(await refusal(grantRole(hr, { email: 'hr@fixture.test', role: 'admin' }))).toBe('forbidden');
    expect(await refusal(revokeRole(hr, { personId: org.people.admin, role: 'admin' }))).toBe('forbidden');
    expect(await organisationState(database.db)).toBe(before);
  });

  it('ends the person’s sessions when a role is granted or revoked, and not when nothing changes', async () => {
    const version = await sessionVersion(org.people.employee);
    await grantRole(hrAdmin, { email: 'employee@fixture.test', role: 'hr' });
    expect(await sessionVersion(org.people.employee)).toBe(version + 1);
    await grantRole(hrAdmin, { email: 'employee@fixture.test', role: 'hr' });
    expect(await sessionVersion(org.people.employee)).toBe(version + 1);
    await revokeRole(hrAdmin, { personId: org.people.employee, role: 'hr' });
    expect(await sessionVersion(org.people.employee)).toBe(version + 2);
  });
});
