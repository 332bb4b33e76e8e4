import { and, asc, eq, gt, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { pulseItems, pulses, responses, rollupDeltasPending, rollupTeamPulse, teamMemberships } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { checkRollups } from './check-rollups';
import { flushPendingRollups } from './pending-rollups';

// Two pools on one database, as two app servers have: each has its own flush queue, so their
// flushes meet only at the advisory lock. Needs Postgres: PGlite has one connection.
let database: TestDatabase;
let otherServer: DatabaseHandle;
let openPulse: { id: number; openingDay: string };
let itemIds: number[];

beforeAll(async () => {
  database = await createTestDatabase();
  if (!database.url) return;
  otherServer = openDatabase({ url: database.url });
  await seedDemo(database.db);
  const now = new Date();
  const [pulse] = await database.db
    .select({ id: pulses.id, openingDay: sql<string>`(${pulses.opensAt} at time zone 'UTC')::date::text` })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  openPulse = pulse!;
  const items = await database.db
    .select({ itemId: pulseItems.itemId })
    .from(pulseItems)
    .where(eq(pulseItems.pulseId, openPulse.id))
    .orderBy(asc(pulseItems.position));
  itemIds = items.map((item) => item.itemId);
});
afterAll(async () => {
  await otherServer?.close();
  await database.destroy();
});

/** People in the same team now as when the open pulse opened, who have not answered it yet. */
async function peopleYetToAnswer(limit: number) {
  const answered = database.db
    .select({ personId: responses.personId })
    .from(responses)
    .where(eq(responses.pulseId, openPulse.id));
  return database.db
    .select({ personId: teamMemberships.personId, teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(
      and(
        isNull(teamMemberships.validTo),
        lte(teamMemberships.validFrom, openPulse.openingDay),
        notInArray(teamMemberships.personId, answered),
      ),
    )
    .orderBy(asc(teamMemberships.personId))
    .limit(limit);
}

const inputOf = (personId: number, score = 4) => ({
  pulseId: openPulse.id,
  personId,
  answers: itemIds.map((itemId) => ({ itemId, score })),
});

async function teamRespondents(teamId: number) {
  const [row] = await database.db
    .select({ respondents: rollupTeamPulse.respondents })
    .from(rollupTeamPulse)
    .where(and(eq(rollupTeamPulse.teamId, teamId), eq(rollupTeamPulse.pulseId, openPulse.id)));
  return row?.respondents ?? 0;
}

describe.runIf(process.env.DATABASE_URL)('rollup flushes from several servers at once', () => {
  it('equal the recomputation after submissions through both servers while both flush', async () => {
    const people = await peopleYetToAnswer(60);
    expect(people).toHaveLength(60);
    const servers = [database.db, otherServer.db];
    const submissions = people.map((person, index) => storeResponse(servers[index % 2]!, inputOf(person.personId)));
    const flushes = Array.from({ length: 20 }, (_, index) => flushPendingRollups(servers[index % 2]!));
    await Promise.all([...submissions, ...flushes]);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
  });

  it('lose and double nothing when the flushing backend is terminated mid-transaction', async () => {
    const [person] = await peopleYetToAnswer(1);
    const before = await teamRespondents(person!.teamId);
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
    expect(await teamRespondents(person!.teamId)).toBe(before);
    expect(await database.db.$count(rollupDeltasPending)).toBe(1);

    await flushPendingRollups(otherServer.db);
    expect(await teamRespondents(person!.teamId)).toBe(before + 1);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
    expect(await checkRollups(database.db)).toEqual([]);
  });
});
