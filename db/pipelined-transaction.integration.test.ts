import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pipelinedTransaction } from './pipelined-transaction';
import { rowsOf } from './rows';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table notes (id int primary key, body text not null)`);
});
afterAll(() => database.destroy());
beforeEach(() => database.db.execute(sql`truncate notes`));

const notes = async () =>
  rowsOf<{ id: number }>(await database.db.execute(sql`select id from notes order by id`)).map((row) => row.id);
const insert = (id: number, body: string | null = 'x') => sql`insert into notes (id, body) values (${id}, ${body})`;

describe('pipelinedTransaction', () => {
  it('commits every statement of both batches, and returns what the work returns', async () => {
    const result = await pipelinedTransaction(database.db, async ({ send, commit }) => {
      await Promise.all([send(insert(1)), send(insert(2))]);
      const [, count] = await Promise.all([
        send(insert(3)),
        send<{ n: number }>(sql`select count(*)::int as n from notes`),
        commit(),
      ]);
      return count[0]?.n;
    });
    expect(result).toBe(3);
    expect(await notes()).toEqual([1, 2, 3]);
  });

  it('rolls back everything when a statement sent with the commit fails', async () => {
    const failing = pipelinedTransaction(database.db, async ({ send, commit }) => {
      await send(insert(1));
      await Promise.all([send(insert(2)), send(insert(3, null)), commit()]);
    });
    await expect(failing).rejects.toThrow();
    expect(await notes()).toEqual([]);
  });

  it('rolls back when the work throws between batches, and leaves the connection usable', async () => {
    const failing = pipelinedTransaction(database.db, async ({ send }) => {
      await send(insert(1));
      throw new Error('changed my mind');
    });
    await expect(failing).rejects.toThrow('changed my mind');
    // Every pooled connection answers outside a transaction afterwards.
    const states = await Promise.all(
      Array.from({ length: 12 }, () =>
        database.db.execute(sql`select pg_current_xact_id_if_assigned() is null as idle`),
      ),
    );
    expect(states.every((state) => rowsOf<{ idle: boolean }>(state)[0]?.idle)).toBe(true);
    expect(await notes()).toEqual([]);
  });

  it('commits on its own when the work never calls commit', async () => {
    await pipelinedTransaction(database.db, async ({ send }) => {
      await send(insert(7));
    });
    expect(await notes()).toEqual([7]);
  });

  // PGlite has no protocol of round trips: there the pipeline is a plain transaction.
  it.runIf(process.env.DATABASE_URL)(
    'prepares its statements, those without parameters too, so Postgres plans them once',
    async () => {
      const prepared = await pipelinedTransaction(database.db, async ({ send }) => {
        await send(sql`select count(*) as notes_without_parameters from notes`);
        await send(sql`select count(*) as notes_with_one from notes where id > ${0}`);
        return send<{ statement: string }>(
          sql`select statement from pg_prepared_statements where statement like 'select count(*)%'`,
        );
      });
      expect(prepared.map((row) => row.statement).sort()).toEqual([
        'select count(*) as notes_with_one from notes where id > $1',
        'select count(*) as notes_without_parameters from notes',
      ]);
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'runs its statements on plans made once, not planned again for each set of values',
    async () => {
      const plans = await pipelinedTransaction(database.db, async ({ send }) => {
        for (let id = 1; id <= 8; id++) await send(sql`select count(*) as notes_after from notes where id > ${id}`);
        return send<{ generic: number; custom: number }>(
          sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement like 'select count(*) as notes_after%'`,
        );
      });
      expect(plans).toEqual([{ generic: 8, custom: 0 }]);
    },
  );
});
