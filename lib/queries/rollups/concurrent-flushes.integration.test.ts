import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { rollupDeltasPending } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { seedDemo } from '@/seed/seed-demo';
import { type OpenPulse, loadOpenPulse, peopleYetToAnswer, teamRespondents } from '@/testing/database/open-pulse';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { checkRollups } from './check-rollups';
import { flushPendingRollups } from './pending-rollups';

// Two pools on one database, as two app servers have: each has its own flush queue, so their
// flushes meet only at the advisory lock. Needs Postgres: PGlite has one connection.
let database: TestDatabase;
let otherServer: DatabaseHandle;
let openPulse: OpenPulse;

beforeAll(async () => {
  database = await createTestDatabase();
  if (!database.url) return;
  otherServer = openDatabase({ url: database.url });
  await seedDemo(database.db);
  openPulse = await loadOpenPulse(database.db);
});
afterAll(async () => {
  await otherServer?.close();
  await database.destroy();
});

const inputOf = (personId: number) => ({
  pulseId: openPulse.id,
  personId,
  answers: openPulse.itemIds.map((itemId) => ({ itemId, score: 4 })),
});

describe.runIf(process.env.DATABASE_URL)('rollup flushes from several servers at once', () => {
  it('equal the recomputation after submissions through both servers while both flush', async () => {
    const people = await peopleYetToAnswer(database.db, openPulse, 60);
    expect(people).toHaveLength(60);
    const servers = [database.db, otherServer.db];
    const submissions = people.map((person, index) => storeResponse(servers[index % 2]!, inputOf(person.personId)));
    const flushes = Array.from({ length: 20 }, (_, index) => flushPendingRollups(servers[index % 2]!));
    await Promise.all([...submissions, ...flushes]);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
  });

  it('lose and double nothing when the flushing backend is terminated mid-transaction', async () => {
    const [person] = await peopleYetToAnswer(database.db, openPulse, 1);
    const before = await teamRespondents(database.db, openPulse, person!.teamId);
    // Holding the team's rollup row makes the other server's flush stop mid-transaction: its delete
    // of the pending changes done, its upsert waiting for the row.
    let release!: () => void;
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holder = database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select from rollup_team_pulse where team_id = ${person!.teamId} and pulse_id = ${openPulse.id} for update`,
      );
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await lockHeld;
    const stored = storeResponse(otherServer.db, inputOf(person!.personId));
    const waitingFlush = async () =>
      rowsOf<{ pid: number }>(
        await database.db.execute(sql`
          select pid from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like '%rollup_deltas_pending%'`),
      )[0]?.pid;
    let flushing: number | undefined;
    try {
      await expect.poll(async () => (flushing = await waitingFlush()), { timeout: 10_000 }).toBeDefined();
      await database.db.execute(sql`select pg_terminate_backend(${flushing!})`);
      // The response is stored whatever became of its flush.
      await stored;
    } finally {
      release();
      await holder;
    }
    expect(await teamRespondents(database.db, openPulse, person!.teamId)).toBe(before);
    expect(await database.db.$count(rollupDeltasPending)).toBe(1);

    await flushPendingRollups(otherServer.db);
    expect(await teamRespondents(database.db, openPulse, person!.teamId)).toBe(before + 1);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
    expect(await checkRollups(database.db)).toEqual([]);
  });
});
