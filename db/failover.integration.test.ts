import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { pipelinedTransaction } from './pipelined-transaction';
import { rowsOf } from './rows';
import { isDatabaseUnreachable } from './unreachable-database';
import { flushPendingRollups } from '@/lib/queries/rollups/pending-rollups';
import { type FailoverPair, type PostgresServer, startFailoverPair } from '@/testing/database/postgres-server';
import { untilItSucceeds } from '@/testing/database/until-it-succeeds';

// A primary and its streaming standby, which the test promotes once the primary is stopped: the
// app's pool, given both hosts, must find the new primary on its own.
let pair: FailoverPair;
let primary: PostgresServer;
let standby: PostgresServer;
let app: DatabaseHandle;

beforeAll(async () => {
  pair = await startFailoverPair('create table notes (id int primary key, server int not null)');
  ({ primary, standby, app } = pair);
});
afterAll(() => pair?.destroy());

const serverPort = async () =>
  rowsOf<{ port: number }>(await app.db.execute(sql`select inet_server_port() as port where ${1} = 1`))[0]?.port;

/** A write through a pipelined transaction of named statements, as a submission makes. */
const pipelinedWrite = (id: number) =>
  pipelinedTransaction(app.db, async ({ send, commit }) => {
    await Promise.all([send(sql`insert into notes values (${id}, inet_server_port())`), commit()]);
  });

/** Runs `work` until it succeeds; every failure on the way must be a database that cannot be reached. */
const untilWritable = <T>(work: () => Promise<T>, withinMs: number) =>
  untilItSucceeds(work, withinMs, (error) => expect(isDatabaseUnreachable(error), String(error)).toBe(true));

/** Ten pipelined transactions, one per pooled connection, each waiting after its first statement until released. */
function transactionsHoldingEveryConnection() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started = 0;
  let allBegun!: () => void;
  const begun = new Promise<void>((resolve) => (allBegun = resolve));
  const transactions = Array.from({ length: 10 }, (_, index) =>
    pipelinedTransaction(app.db, async ({ send }) => {
      await send(sql`insert into notes values (${300 + index}, inet_server_port())`);
      if (++started === 10) allBegun();
      await released;
      await send(sql`select ${index}`);
    }),
  );
  return { transactions, begun, release };
}

describe('a primary that fails over to its standby', () => {
  it('writes to the writable host of the several in DATABASE_URL', async () => {
    // Every pooled connection prepares its statements on the first primary.
    await Promise.all(Array.from({ length: 10 }, (_, index) => pipelinedWrite(index + 1)));
    expect(await serverPort()).toBe(primary.port);
    // A statement that fails for what it says is no outage: it is not to be retried.
    const duplicate = await app.db.execute(sql`insert into notes values (${1}, 0)`).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(duplicate)).toBe(false);
  });

  it('fails fast while no host is writable, without wedging the flush queue', async () => {
    // Every connection of the pool is in a transaction when the primary goes: each is given back
    // to the pool after its connection closed under it.
    const { transactions, begun, release } = transactionsHoldingEveryConnection();
    await begun;
    await primary.stop();
    release();
    const ended = await Promise.allSettled(transactions);
    for (const outcome of ended) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected')
        expect(isDatabaseUnreachable(outcome.reason), String(outcome.reason)).toBe(true);
    }
    const started = Date.now();
    const outcomes = await Promise.allSettled([serverPort(), pipelinedWrite(100), flushPendingRollups(app.db)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected')
        expect(isDatabaseUnreachable(outcome.reason), String(outcome.reason)).toBe(true);
  });

  it('finds the promoted standby without a restart, and prepares its statements there anew', async () => {
    await standby.promote();
    const port = await untilWritable(serverPort, 15_000);
    expect(port).toBe(standby.port);
    // Ten concurrent pipelined transactions take every connection of the pool, each new on this server.
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => untilWritable(() => pipelinedWrite(200 + index), 5_000)),
    );
    const written = rowsOf<{ server: number; count: number }>(
      await app.db.execute(sql`select server, count(*)::int as count from notes group by server order by server`),
    );
    expect(written).toEqual(
      [
        { server: primary.port, count: 10 },
        { server: standby.port, count: 10 },
      ].sort((a, b) => a.server - b.server),
    );
    await app.query('insert into rollup_deltas_pending (team_pulse) values ($1::json)', ['[]']);
    await flushPendingRollups(app.db);
    expect(await app.query('select count(*)::int as pending from rollup_deltas_pending')).toEqual([{ pending: 0 }]);
  });
});
