import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { pipelinedTransaction } from './pipelined-transaction';
import { isDatabaseUnreachable } from './unreachable-database';
import { type FailoverPair, type PostgresServer, startFailoverPair } from '@/testing/database/postgres-server';

// The primary is killed (SIGKILL, every backend at once) while more requests than the pool has
// connections are in flight, then its standby is promoted: every request must be answered, by a
// result or by an error that says the database cannot be reached, and none may wait for ever.
let pair: FailoverPair;
let primary: PostgresServer;
let standby: PostgresServer;
let app: DatabaseHandle;

beforeAll(async () => {
  pair = await startFailoverPair('create table notes (id serial primary key, worker int not null)');
  ({ primary, standby, app } = pair);
});
afterAll(() => pair?.destroy());

/** What a request does with the pool: a pipelined transaction, a statement, or a Drizzle transaction. */
const requests = [
  (worker: number) =>
    pipelinedTransaction(app.db, async ({ send, commit }) => {
      await Promise.all([send(sql`insert into notes (worker) values (${worker})`), commit()]);
    }),
  (worker: number) => app.db.execute(sql`select count(*) from notes where worker = ${worker}`),
  (worker: number) =>
    app.db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes (worker) values (${worker})`);
    }),
];

interface Outcome {
  settled: boolean;
  error?: Error;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a primary killed under load', () => {
  it('answers every request, none waits for ever', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async (index: number) => {
      for (let turn = 0; running; turn++) {
        const outcome: Outcome = { settled: false };
        outcomes.push(outcome);
        try {
          await requests[(index + turn) % requests.length]!(index);
        } catch (error) {
          outcome.error = error as Error;
          await sleep(20);
        } finally {
          outcome.settled = true;
        }
      }
    };
    const workers = Array.from({ length: 40 }, (_, index) => worker(index));
    await sleep(1_000);
    await primary.kill();
    await sleep(3_000);
    await standby.promote();
    await sleep(4_000);
    running = false;
    await Promise.race([Promise.all(workers), sleep(15_000)]);

    expect(outcomes.filter((outcome) => !outcome.settled)).toEqual([]);
    for (const { error } of outcomes) if (error) expect(isDatabaseUnreachable(error), String(error)).toBe(true);
    expect(outcomes.filter((outcome) => !outcome.error).length).toBeGreaterThan(0);
  });
});
