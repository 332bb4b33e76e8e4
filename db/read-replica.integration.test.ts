import { type Server, createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, openDatabase } from './client';
import { REPLICA_RECHECK_MS } from './replica-fallback';
import { rowsOf } from './rows';
import { getReadDb } from '.';
import { installAppDatabase } from '@/testing/database/app-database';
import { type PostgresServer, createAppDatabase, startPostgresServer } from '@/testing/database/postgres-server';

// A primary and a real streaming replica of it, which the test stops and starts again.
let primary: PostgresServer;
let replica: PostgresServer;
let app: DatabaseHandle;
let silent: Server;

beforeAll(async () => {
  primary = await startPostgresServer();
  app = await createAppDatabase(primary);
  await app.query('create table figures (n int not null)');
  await app.query('insert into figures select generate_series(1, 100)');
  replica = await primary.createStandby();
  installAppDatabase(app);
  process.env.DATABASE_READ_URL = replica.url('verbinding');
  // A host that takes the connection and never says a word: a replica behind a dead network path.
  silent = createServer(() => undefined).listen(0, '127.0.0.1');
});
afterAll(async () => {
  delete process.env.DATABASE_READ_URL;
  await (globalThis as { verbindingReadDb?: DatabaseHandle }).verbindingReadDb?.close();
  silent?.close();
  await app?.close();
  await replica?.destroy();
  await primary?.destroy();
});

/** Which server answered, and the figure it gave. */
async function read(db: Database) {
  const [row] = rowsOf<{ port: number; total: number }>(
    await db.execute(sql`select inet_server_port() as port, sum(n)::int as total from figures where n > ${0}`),
  );
  return row!;
}

async function timed<T>(work: () => Promise<T>) {
  const started = Date.now();
  return { value: await work(), ms: Date.now() - started };
}

describe('report reads with a read replica', () => {
  it('go to the replica while it answers', async () => {
    expect(await read(await getReadDb())).toEqual({ port: replica.port, total: 5050 });
  });

  it('go to the primary at once when the replica is stopped, with the same figure', async () => {
    await replica.stop();
    const first = await timed(async () => read(await getReadDb()));
    expect(first.value).toEqual({ port: primary.port, total: 5050 });
    expect(first.ms).toBeLessThan(3_000);
  });

  it('return to the replica once it is back', async () => {
    await replica.start();
    await new Promise((resolve) => setTimeout(resolve, REPLICA_RECHECK_MS));
    let answered = await read(await getReadDb());
    for (let tries = 0; answered.port !== replica.port && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answered = await read(await getReadDb());
    }
    expect(answered).toEqual({ port: replica.port, total: 5050 });
  });

  it('wait no longer than the connect timeout for a replica that never answers', async () => {
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const unanswering = openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/verbinding`, primary: app.sql! });
    try {
      const first = await timed(() => read(unanswering.db));
      expect(first.value).toEqual({ port: primary.port, total: 5050 });
      expect(first.ms).toBeGreaterThanOrEqual(2_900);
      expect(first.ms).toBeLessThan(6_000);
      // Until the replica is tried again, reads go straight to the primary.
      const next = await timed(() => read(unanswering.db));
      expect(next.value.port).toBe(primary.port);
      expect(next.ms).toBeLessThan(1_000);
    } finally {
      await unanswering.close();
    }
  });
});
