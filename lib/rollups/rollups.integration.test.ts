import { and, asc, eq, gt, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinedTransaction } from '@/db/pipelined-transaction';
import { pulseItems, pulses, responses, rollupDeltasPending, rollupUnitPeriod, teamMemberships } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { seedDemo } from '@/db/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { deleteResponse } from '@/lib/responses/delete-response';
import { storeResponse } from '@/lib/responses/store-response';
import { checkRollups } from './check-rollups';
import { flushPendingRollups, queueRollupDeltas } from './pending-rollups';
import { rebuildRollups } from './rebuild-rollups';
import { teamUnit } from './units';

let database: TestDatabase;
let openPulse: { id: number; weekLabel: string; monthLabel: string; openingDay: string };
let itemIds: number[];

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  const now = new Date();
  const [pulse] = await database.db
    .select({ id: pulses.id, weekLabel: pulses.weekLabel, monthLabel: pulses.monthLabel, openingDay: sql<string>`(${pulses.opensAt} at time zone 'UTC')::date::text` })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  openPulse = pulse!;
  const items = await database.db.select({ itemId: pulseItems.itemId }).from(pulseItems).where(eq(pulseItems.pulseId, openPulse.id)).orderBy(asc(pulseItems.position));
  itemIds = items.map((item) => item.itemId);
});
afterAll(() => database.destroy());

/** People in the same team now as on the day the open pulse opened, who have not answered it yet. */
async function peopleYetToAnswer(limit: number) {
  const answered = database.db.select({ personId: responses.personId }).from(responses).where(eq(responses.pulseId, openPulse.id));
  return database.db
    .select({ personId: teamMemberships.personId, teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(and(isNull(teamMemberships.validTo), lte(teamMemberships.validFrom, openPulse.openingDay), notInArray(teamMemberships.personId, answered)))
    .orderBy(asc(teamMemberships.personId))
    .limit(limit);
}

const answersWith = (score: (index: number) => number) => itemIds.map((itemId, index) => ({ itemId, score: score(index) }));

async function monthRespondents(teamId: number) {
  const [row] = await database.db
    .select({ respondents: rollupUnitPeriod.respondents })
    .from(rollupUnitPeriod)
    .where(and(eq(rollupUnitPeriod.unit, teamUnit(teamId)), eq(rollupUnitPeriod.periodKind, 'month'), eq(rollupUnitPeriod.periodLabel, openPulse.monthLabel)));
  return row?.respondents ?? 0;
}

describe('rollups', () => {
  it('are filled by the demo seed and equal a recomputation', async () => {
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('stay equal to a recomputation when a response is stored, revised and deleted', async () => {
    const [person] = await peopleYetToAnswer(1);
    const input = { pulseId: openPulse.id, personId: person!.personId };
    const monthBefore = await monthRespondents(person!.teamId);

    const first = await storeResponse(database.db, { ...input, answers: answersWith(() => 2), comment: 'Eerste indruk.' });
    expect(first.created).toBe(true);
    expect(await checkRollups(database.db)).toEqual([]);

    const revised = await storeResponse(database.db, { ...input, answers: answersWith((index) => (index % 5) + 1), comment: null });
    expect(revised).toEqual({ responseId: first.responseId, created: false });
    expect(await checkRollups(database.db)).toEqual([]);
    // Someone who already answered earlier pulses this month is not counted twice in the month.
    expect(await monthRespondents(person!.teamId)).toBeLessThanOrEqual(monthBefore + 1);

    expect(await deleteResponse(database.db, first.responseId)).toBe(true);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await monthRespondents(person!.teamId)).toBe(monthBefore);
  });

  it('stay exact under 50 concurrent submissions, with one response each', async () => {
    const people = await peopleYetToAnswer(50);
    expect(people).toHaveLength(50);
    const before = await database.db.$count(responses, eq(responses.pulseId, openPulse.id));
    const submissions = people.flatMap((person, index) => {
      const input = { pulseId: openPulse.id, personId: person.personId, answers: answersWith((item) => ((index + item) % 5) + 1) };
      // Every fifth person double-submits, as a double click or a retry would.
      return index % 5 === 0 ? [storeResponse(database.db, input), storeResponse(database.db, input)] : [storeResponse(database.db, input)];
    });
    await Promise.all(submissions);
    expect(await database.db.$count(responses, eq(responses.pulseId, openPulse.id))).toBe(before + 50);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  // Needs a second connection: PGlite has one, on which the held lock would stall everything.
  it.runIf(process.env.DATABASE_URL)('commit a response while the organisation rollup rows are locked, and apply it once they are free', async () => {
    const [person] = await peopleYetToAnswer(1);
    const input = { pulseId: openPulse.id, personId: person!.personId, answers: answersWith(() => 4) };
    let release!: () => void;
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holder = database.db.transaction(async (tx) => {
      await tx.execute(sql`select * from rollup_unit_period where unit = 'org' for update`);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await lockHeld;
    const stored = storeResponse(database.db, input);
    const committed = async () => (await database.db.$count(responses, and(eq(responses.pulseId, openPulse.id), eq(responses.personId, person!.personId)))) === 1;
    try {
      await expect.poll(committed, { timeout: 5000 }).toBe(true);
    } finally {
      release();
      await holder;
    }
    await stored;
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('vacuum the pending table once flushes have left many dead rows in it, and stay exact', async () => {
    const [person] = await peopleYetToAnswer(1);
    const input = { pulseId: openPulse.id, personId: person!.personId };
    const vacuums = async () => {
      const result = await database.db.execute(sql`select coalesce(sum(vacuum_count), 0)::int as vacuums from pg_stat_user_tables where relname = 'rollup_deltas_pending'`);
      return rowsOf<{ vacuums: number }>(result)[0]?.vacuums ?? 0;
    };
    const before = await vacuums();
    // Each revision queues one row, which its flush deletes: 510 of them leave more dead rows
    // behind than a process lets its flushes leave unvacuumed.
    for (let revision = 0; revision < 510; revision++) await storeResponse(database.db, { ...input, answers: answersWith((index) => ((revision + index) % 5) + 1) });
    await expect.poll(vacuums, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('drop the pending deltas of a team that no longer exists, and apply the others', async () => {
    const orgWeek = { unit: 'org' as const, period_kind: 'week' as const, period_label: openPulse.weekLabel };
    const orgRespondents = async () =>
      (await database.db.select({ respondents: rollupUnitPeriod.respondents }).from(rollupUnitPeriod).where(and(eq(rollupUnitPeriod.unit, 'org'), eq(rollupUnitPeriod.periodKind, 'week'), eq(rollupUnitPeriod.periodLabel, openPulse.weekLabel))))[0]?.respondents;
    const before = await orgRespondents();
    await pipelinedTransaction(database.db, ({ send }) =>
      queueRollupDeltas(send, { teamPulse: [{ team_id: 999_999, pulse_id: openPulse.id, respondents: 1 }], unitPeriod: [{ ...orgWeek, respondents: 1 }], unitPeriodLine: [] }),
    );
    await flushPendingRollups(database.db);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
    expect(await orgRespondents()).toBe((before ?? 0) + 1);
    await pipelinedTransaction(database.db, ({ send }) => queueRollupDeltas(send, { teamPulse: [], unitPeriod: [{ ...orgWeek, respondents: -1 }], unitPeriodLine: [] }));
    await flushPendingRollups(database.db);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('reports a difference when a rollup is tampered with, and the rebuild repairs it', async () => {
    await database.db.update(rollupUnitPeriod).set({ respondents: 999 }).where(eq(rollupUnitPeriod.unit, 'org'));
    const differences = await checkRollups(database.db);
    expect(differences.some((difference) => difference.table === 'rollup_unit_period')).toBe(true);
    await rebuildRollups(database.db);
    expect(await checkRollups(database.db)).toEqual([]);
  });
});
