import { and, eq, gt, inArray, max } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { auditLog, people, signInThrottle } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { hashPassword, verifyPassword } from '@/lib/domain/auth/password';
import { VerificationsBusy } from '@/lib/domain/auth/password-verification-limit';
import { SignInThrottled, authenticateWithThrottle } from './sign-in-throttle';

// Counts the Argon2 verifications: the throttle must refuse most attempts without one.
vi.mock(import('@/lib/domain/auth/password'), async (original) => {
  const actual = await original();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifications = vi.mocked(verifyPassword);
const verificationsOf = (password: RegExp) =>
  verifications.mock.calls.filter(([, tried]) => password.test(tried)).length;

const PASSWORD = 'correct horse';
const start = new Date('2027-03-01T09:00:00Z');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

let database: TestDatabase;
/** A second app server: its own connections to the same database (the same client under PGlite, which allows one). */
let secondServer: DatabaseHandle | null = null;
let servers: TestDatabase['db'][];
let org: FixtureOrganisation;
/** The last audit entry before the test: each test reads only its own. Each test also throttles keys of its own. */
let auditBefore: number;

beforeAll(async () => {
  database = await createTestDatabase();
  org = await createFixtureOrganisation(database.db);
  const passwordHash = await hashPassword(PASSWORD);
  await database.db
    .update(people)
    .set({ passwordHash })
    .where(inArray(people.id, [org.people.leader, org.people.hr, org.people.employee]));
  if (process.env.DATABASE_URL) {
    const [{ name }] = (await database.query('select current_database() as name')) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    secondServer = openDatabase({ url: url.toString() });
  }
  servers = [database.db, secondServer?.db ?? database.db];
});
afterAll(async () => {
  await secondServer?.close();
  await database.destroy();
});
beforeEach(async () => {
  verifications.mockClear();
  const [last] = await database.db.select({ id: max(auditLog.id) }).from(auditLog);
  auditBefore = last?.id ?? 0;
});
const auditOfTest = (action: 'session.lock' | 'session.sign-in') =>
  database.db
    .select()
    .from(auditLog)
    .where(and(gt(auditLog.id, auditBefore), eq(auditLog.action, action)))
    .orderBy(auditLog.id);

/** One attempt: the person, null for a refused password, or the throttle's refusal. */
async function attempt(server: number, email: string, password: string, clientAddress: string, now: Date) {
  try {
    return await authenticateWithThrottle(servers[server % 2]!, { email, password, clientAddress }, now);
  } catch (error) {
    if (error instanceof SignInThrottled) return error;
    throw error;
  }
}

describe('the sign-in throttle across app servers', () => {
  it('throttles and then locks 120 wrong passwords for one account, verifying only 10, while another account signs in', async () => {
    const attacker = '198.51.100.7';
    const outcomes: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      const outcome = await attempt(i, 'leader@fixture.test', `guess ${i}`, attacker, after(i));
      outcomes.push(outcome instanceof SignInThrottled ? 'throttled' : outcome === null ? 'wrong' : 'signed in');
      // A colleague behind the same address signs in as usual, on either server.
      if (i % 20 === 10)
        expect(await attempt(i + 1, 'hr@fixture.test', PASSWORD, attacker, after(i))).toMatchObject({
          id: String(org.people.hr),
        });
    }
    expect(outcomes.filter((outcome) => outcome === 'wrong')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'throttled')).toHaveLength(110);
    expect(verificationsOf(/^guess/)).toBe(10);

    // Failures 6 to 9 waited 1, 2, 4 and 8 s; the tenth, 16 s after the ninth (at 35 s), locked for 15 minutes.
    const lockEnds = after(35 + 15 * 60);
    const whileLocked = await attempt(0, 'leader@fixture.test', PASSWORD, '203.0.113.1', after(120));
    expect(whileLocked).toEqual(new SignInThrottled('account', lockEnds));
    expect(verificationsOf(new RegExp(`^${PASSWORD}$`))).toBe(6);

    expect(await attempt(1, 'LEADER@fixture.test ', PASSWORD, attacker, lockEnds)).toMatchObject({
      id: String(org.people.leader),
      sessionVersion: 0,
    });
    expect(
      await database.db.select().from(signInThrottle).where(eq(signInThrottle.key, 'leader@fixture.test')),
    ).toEqual([]);

    expect(await auditOfTest('session.lock')).toEqual([
      expect.objectContaining({
        actorId: null,
        entity: 'session',
        entityId: String(org.people.leader),
        after: { scope: 'account', until: lockEnds.toISOString() },
      }),
    ]);
    const signIns = await auditOfTest('session.sign-in');
    expect(signIns).toHaveLength(7);
    expect(signIns.at(-1)).toMatchObject({
      actorId: org.people.leader,
      entity: 'session',
      entityId: String(org.people.leader),
      after: { method: 'password' },
    });
    expect(JSON.stringify(await database.db.select().from(auditLog))).not.toMatch(/guess|horse/);
  });

  it('counts parallel attempts on both servers one by one, so a burst gets only the free failures verified', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(i, 'head@fixture.test', `burst ${i}`, `192.0.2.${i}`, start)),
    );
    expect(burst.filter((outcome) => outcome === null)).toHaveLength(5);
    expect(burst.filter((outcome) => outcome instanceof SignInThrottled)).toHaveLength(25);
    expect(verificationsOf(/^burst/)).toBe(5);
  });

  it('treats an unknown email exactly like an account that exists, and keeps the email out of the audit log', async () => {
    const schedule = async (email: string) => {
      const seen: string[] = [];
      let now = start;
      for (let i = 0; i < 16; i += 1) {
        const outcome = await attempt(i, email, `try ${i}`, '192.0.2.200', now);
        seen.push(
          outcome instanceof SignInThrottled
            ? `wait until +${(outcome.retryAt.getTime() - start.getTime()) / 1000}s`
            : 'wrong',
        );
        if (outcome instanceof SignInThrottled) now = outcome.retryAt;
      }
      return seen;
    };
    const known = await schedule('employee@fixture.test');
    expect(await schedule('nobody@fixture.test')).toEqual(known);
    expect(known.at(-1)).toBe(`wait until +${31 + 15 * 60}s`);

    const locks = await auditOfTest('session.lock');
    expect(locks.map((entry) => entry.entityId)).toEqual([String(org.people.employee), null]);
    expect(JSON.stringify(locks)).not.toContain('nobody');
  });

  it('slows an address that fails across many accounts, and leaves other addresses alone', async () => {
    const stuffer = '198.51.100.99';
    for (let i = 0; i < 100; i += 1)
      expect(await attempt(i, `stuffed${i}@fixture.test`, 'Welcome1', stuffer, start)).toBeNull();
    const refused = await attempt(0, 'hr@fixture.test', PASSWORD, stuffer, start);
    expect(refused).toEqual(new SignInThrottled('address', after(1)));
    expect(await attempt(1, 'hr@fixture.test', PASSWORD, '198.51.100.100', start)).toMatchObject({
      id: String(org.people.hr),
    });
    expect(await attempt(0, 'hr@fixture.test', PASSWORD, stuffer, after(1))).toMatchObject({
      id: String(org.people.hr),
    });
  });

  it('does not count an attempt the server was too busy to verify', async () => {
    verifications.mockRejectedValueOnce(new VerificationsBusy());
    await expect(
      authenticateWithThrottle(
        database.db,
        { email: 'admin@fixture.test', password: 'busy', clientAddress: '192.0.2.9' },
        start,
      ),
    ).rejects.toBeInstanceOf(VerificationsBusy);
    const outcomes = [];
    for (let i = 0; i < 6; i += 1)
      outcomes.push(await attempt(i, 'admin@fixture.test', `after busy ${i}`, '192.0.2.9', start));
    expect(outcomes.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(outcomes[5]).toBeInstanceOf(SignInThrottled);
  });
});
