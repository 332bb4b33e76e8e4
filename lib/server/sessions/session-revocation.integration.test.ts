import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, endedSessions, people } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { loadViewer } from '@/lib/server/access/viewer';
import { endEverySession, endSession } from './end-sessions';
import type { SignedInSession } from './session-lifetime';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let personId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
  const [person] = await database.db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.email, DEMO_ACCOUNTS.leader.email));
  personId = person!.id;
});
afterAll(() => database.destroy());

async function signIn(): Promise<SignedInSession> {
  const [person] = await database.db
    .select({ sessionVersion: people.sessionVersion })
    .from(people)
    .where(eq(people.id, personId));
  return {
    personId,
    sessionId: randomUUID(),
    sessionVersion: person!.sessionVersion,
    authTime: Math.floor(Date.now() / 1000),
  };
}

const signedIn = async (session: SignedInSession) => (await loadViewer(database.db, session)) !== null;

describe('ending sessions', () => {
  it('signing out ends that session only, and its record goes once the token would have expired', async () => {
    const [laptop, phone] = [await signIn(), await signIn()];
    expect([await signedIn(laptop), await signedIn(phone)]).toEqual([true, true]);
    await endSession(laptop);
    expect([await signedIn(laptop), await signedIn(phone)]).toEqual([false, true]);
    await endSession(laptop);
    const stale = { ...(await signIn()), authTime: Math.floor(Date.now() / 1000) - 24 * 60 * 60 };
    await endSession(stale);
    await endSession(phone);
    const kept = await database.db
      .select({ sessionId: endedSessions.sessionId })
      .from(endedSessions)
      .where(eq(endedSessions.personId, personId));
    expect(kept.map((row) => row.sessionId).sort()).toEqual([laptop.sessionId, phone.sessionId].sort());
  });

  it('signing out everywhere ends every session of the person, is audited, and a new sign-in works', async () => {
    const [laptop, phone] = [await signIn(), await signIn()];
    const viewer = (await loadViewer(database.db, laptop))!;
    await endEverySession(viewer);
    expect([await signedIn(laptop), await signedIn(phone)]).toEqual([false, false]);
    expect(await signedIn(await signIn())).toBe(true);
    expect(
      await database.db.$count(
        auditLog,
        and(eq(auditLog.action, 'session.sign-out-everywhere'), eq(auditLog.entityId, String(personId))),
      ),
    ).toBe(1);
  });

  it('a deactivated person has no session, and a person id from trusted code still reads them while active', async () => {
    const session = await signIn();
    expect(await loadViewer(database.db, personId)).not.toBeNull();
    await database.db.update(people).set({ active: false }).where(eq(people.id, personId));
    try {
      expect(await signedIn(session)).toBe(false);
    } finally {
      await database.db.update(people).set({ active: true }).where(eq(people.id, personId));
    }
  });
});
