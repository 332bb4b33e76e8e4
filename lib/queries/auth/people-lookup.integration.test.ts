import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { hashPassword } from '@/lib/domain/auth/password';
import { authenticateWithPassword, findPersonForSingleSignOn } from './people-lookup';

let database: TestDatabase;
let org: FixtureOrganisation;

beforeAll(async () => {
  database = await createTestDatabase();
  org = await createFixtureOrganisation(database.db);
  const passwordHash = await hashPassword('correct horse');
  await database.db.update(people).set({ passwordHash }).where(eq(people.id, org.people.leader));
  await database.db.update(people).set({ passwordHash }).where(eq(people.id, org.people.leaver));
});
afterAll(() => database.destroy());

describe('signing in with a password', () => {
  it('returns the person with their roles for the right password, whatever the email’s case', async () => {
    const person = await authenticateWithPassword(database.db, '  Leader@Fixture.TEST ', 'correct horse');
    expect(person).toMatchObject({ id: String(org.people.leader), email: 'leader@fixture.test' });
    expect(person?.roles.sort()).toEqual(['employee', 'leader']);
  });

  it('refuses a wrong password, an unknown email, an account without a password and a deactivated one', async () => {
    expect(await authenticateWithPassword(database.db, 'leader@fixture.test', 'wrong')).toBeNull();
    expect(await authenticateWithPassword(database.db, 'nobody@fixture.test', 'correct horse')).toBeNull();
    expect(await authenticateWithPassword(database.db, 'employee@fixture.test', 'correct horse')).toBeNull();
    expect(await authenticateWithPassword(database.db, 'leaver@fixture.test', 'correct horse')).toBeNull();
  });

  it('carries the person’s session version, for password and single sign-on alike', async () => {
    await database.db.update(people).set({ sessionVersion: 3 }).where(eq(people.id, org.people.leader));
    expect(await authenticateWithPassword(database.db, 'leader@fixture.test', 'correct horse')).toMatchObject({
      sessionVersion: 3,
    });
    expect(await findPersonForSingleSignOn(database.db, 'leader@fixture.test')).toMatchObject({ sessionVersion: 3 });
    expect(await findPersonForSingleSignOn(database.db, 'hr@fixture.test')).toMatchObject({ sessionVersion: 0 });
  });

  it('lets single sign-on in only for known, active people', async () => {
    expect(await findPersonForSingleSignOn(database.db, 'HR@fixture.test')).toMatchObject({
      id: String(org.people.hr),
    });
    expect(await findPersonForSingleSignOn(database.db, 'stranger@elsewhere.test')).toBeNull();
    expect(await findPersonForSingleSignOn(database.db, 'leaver@fixture.test')).toBeNull();
  });
});
