import { and, asc, eq, lte, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinedTransaction } from '@/db/pipelined-transaction';
import { pulses, responses, rollupDeltasPending, rollupTeamPulse, teamMemberships, teams } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { seedDemo } from '@/seed/seed-demo';
import {
  type OpenPulse,
  loadOpenPulse,
  peopleYetToAnswer as peopleYetToAnswerOf,
  teamRespondents as teamRespondentsOf,
} from '@/testing/database/open-pulse';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { deleteResponse } from '@/lib/queries/responses/delete-response';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { checkRollups } from './check-rollups';
import { flushPendingRollups, queueRollupDeltas } from './pending-rollups';
import { rebuildRollups } from './rebuild-rollups';

let database: TestDatabase;
let openPulse: OpenPulse;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  openPulse = await loadOpenPulse(database.db);
});
afterAll(() => database.destroy());

const peopleYetToAnswer = (limit: number) => peopleYetToAnswerOf(database.db, openPulse, limit);

const answersWith = (score: (index: number) => number) =>
  openPulse.itemIds.map((itemId, index) => ({ itemId, score: score(index) }));

const teamRespondents = (teamId: number) => teamRespondentsOf(database.db, openPulse, teamId);

describe('the team-pulse rollup', () => {
  it('is filled by the demo seed and equals a recomputation', async () => {
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('counts a response once in its team when it is stored and revised, and no more once it is deleted', async () => {
    const [person] = await peopleYetToAnswer(1);
    const input = { pulseId: openPulse.id, personId: person!.personId };
    const before = await teamRespondents(person!.teamId);

    const first = await storeResponse(database.db, {
      ...input,
      answers: answersWith(() => 2),
      comment: 'Eerste indruk.',
    });
    expect(first.created).toBe(true);
    expect(await teamRespondents(person!.teamId)).toBe(before + 1);

    const revised = await storeResponse(database.db, {
      ...input,
      answers: answersWith((index) => (index % 5) + 1),
      comment: null,
    });
    expect(revised).toEqual({ responseId: first.responseId, created: false });
    expect(await teamRespondents(person!.teamId)).toBe(before + 1);
    expect(await checkRollups(database.db)).toEqual([]);

    expect(await deleteResponse(database.db, first.responseId)).toBe(true);
    expect(await teamRespondents(person!.teamId)).toBe(before);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('moves a response to the other team when a revision counts it there', async () => {
    const [person] = await peopleYetToAnswer(1);
    const [other] = await database.db
      .select({ id: teams.id })
      .from(teams)
      .where(ne(teams.id, person!.teamId))
      .orderBy(asc(teams.id))
      .limit(1);
    const input = { pulseId: openPulse.id, personId: person!.personId };
    const [ownBefore, otherBefore] = [await teamRespondents(person!.teamId), await teamRespondents(other!.id)];
    await storeResponse(database.db, { ...input, answers: answersWith(() => 3) });
    // The person's stay is corrected to the other team: a revision now counts there, and only there.
    await database.db.update(teamMemberships).set({ teamId: other!.id }).where(eq(teamMemberships.id, person!.stayId));
    await storeResponse(database.db, { ...input, answers: answersWith(() => 4) });
    expect([await teamRespondents(person!.teamId), await teamRespondents(other!.id)]).toEqual([
      ownBefore,
      otherBefore + 1,
    ]);
    // Who was invited is fixed when a pulse opens, so the correction is undone before comparing.
    await database.db
      .update(teamMemberships)
      .set({ teamId: person!.teamId })
      .where(eq(teamMemberships.id, person!.stayId));
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('stays exact under 50 concurrent submissions, with one response each', async () => {
    const people = await peopleYetToAnswer(50);
    expect(people).toHaveLength(50);
    const before = await database.db.$count(responses, eq(responses.pulseId, openPulse.id));
    const submissions = people.flatMap((person, index) => {
      const input = {
        pulseId: openPulse.id,
        personId: person.personId,
        answers: answersWith((item) => ((index + item) % 5) + 1),
      };
      // Every fifth person double-submits, as a double click or a retry would.
      return index % 5 === 0
        ? [storeResponse(database.db, input), storeResponse(database.db, input)]
        : [storeResponse(database.db, input)];
    });
    await Promise.all(submissions);
    expect(await database.db.$count(responses, eq(responses.pulseId, openPulse.id))).toBe(before + 50);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  // Needs a second connection: PGlite has one, on which the held lock would stall everything.
  it.runIf(process.env.DATABASE_URL)(
    'commits a response while its team’s rollup row is locked, and applies it once the row is free',
    async () => {
      const [person] = await peopleYetToAnswer(1);
      const input = { pulseId: openPulse.id, personId: person!.personId, answers: answersWith(() => 4) };
      let release!: () => void;
      let locked!: () => void;
      const lockHeld = new Promise<void>((resolve) => (locked = resolve));
      const holder = database.db.transaction(async (tx) => {
        await tx.execute(
          sql`select * from rollup_team_pulse where team_id = ${person!.teamId} and pulse_id = ${openPulse.id} for update`,
        );
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await lockHeld;
      const stored = storeResponse(database.db, input);
      const committed = async () =>
        (await database.db.$count(
          responses,
          and(eq(responses.pulseId, openPulse.id), eq(responses.personId, person!.personId)),
        )) === 1;
      try {
        await expect.poll(committed, { timeout: 5000 }).toBe(true);
      } finally {
        release();
        await holder;
      }
      await stored;
      expect(await checkRollups(database.db)).toEqual([]);
    },
  );

  it('vacuums the pending table once flushes have left many dead rows in it, and stays exact', async () => {
    const [person] = await peopleYetToAnswer(1);
    const input = { pulseId: openPulse.id, personId: person!.personId };
    const vacuums = async () => {
      const result = await database.db.execute(
        sql`select coalesce(sum(vacuum_count), 0)::int as vacuums from pg_stat_user_tables where relname = 'rollup_deltas_pending'`,
      );
      return rowsOf<{ vacuums: number }>(result)[0]?.vacuums ?? 0;
    };
    const before = await vacuums();
    // Storing and deleting a response queue one row each, which its flush deletes: 510 of them
    // leave more dead rows behind than a process lets its flushes leave unvacuumed.
    for (let change = 0; change < 255; change++) {
      const { responseId } = await storeResponse(database.db, {
        ...input,
        answers: answersWith((index) => ((change + index) % 5) + 1),
      });
      await deleteResponse(database.db, responseId);
    }
    await expect.poll(vacuums, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('drops the pending deltas of a team that no longer exists, and applies the others', async () => {
    const [person] = await peopleYetToAnswer(1);
    const before = await teamRespondents(person!.teamId);
    const delta = (teamId: number, respondents: number) => ({ team_id: teamId, pulse_id: openPulse.id, respondents });
    await pipelinedTransaction(database.db, ({ send }) =>
      queueRollupDeltas(send, [delta(999_999, 1), delta(person!.teamId, 1)]),
    );
    await flushPendingRollups(database.db);
    expect(await database.db.$count(rollupDeltasPending)).toBe(0);
    expect(await teamRespondents(person!.teamId)).toBe(before + 1);
    await pipelinedTransaction(database.db, ({ send }) => queueRollupDeltas(send, [delta(person!.teamId, -1)]));
    await flushPendingRollups(database.db);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('reports a difference when the rollup is tampered with, and the rebuild repairs it', async () => {
    const [person] = await peopleYetToAnswer(1);
    await database.db
      .update(rollupTeamPulse)
      .set({ respondents: 999 })
      .where(and(eq(rollupTeamPulse.teamId, person!.teamId), eq(rollupTeamPulse.pulseId, openPulse.id)));
    expect(await checkRollups(database.db, { pulseIds: [openPulse.id] })).toContainEqual({
      side: 'stored',
      row: expect.objectContaining({ respondents: 999 }) as unknown,
    });
    const [closed] = await database.db
      .select({ id: pulses.id })
      .from(pulses)
      .where(lte(pulses.closesAt, new Date()))
      .limit(1);
    expect(await checkRollups(database.db, { pulseIds: [closed!.id] })).toEqual([]);
    await rebuildRollups(database.db);
    expect(await checkRollups(database.db)).toEqual([]);
  });
});
