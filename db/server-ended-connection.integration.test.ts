import { type Socket, connect } from 'node:net';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isDatabaseUnreachable } from './unreachable-database';
import { type PostgresServer, startPostgresServer } from '@/testing/database/postgres-server';

// The server ends a connection (pg_terminate_backend, as a shutdown or a failover does) at a moment
// the test chooses: while postgres.js fetches the array types on a new connection, before the query
// it was opened for is sent, or under a query. Nothing may be left unhandled, and a connection
// opened afterwards must answer.
let server: PostgresServer;
let admin: postgres.Sql;

beforeAll(async () => {
  server = await startPostgresServer();
  admin = postgres(server.url(), { onnotice: () => {} });
});
afterAll(async () => {
  await admin?.end({ timeout: 0 });
  await server?.destroy();
});

const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', recordUnhandled);
});

/** Node reports a rejection nobody handled after the microtasks of the turn have run. */
const afterUnhandledRejectionsAreReported = () => new Promise((resolve) => setTimeout(resolve, 100));

const terminateBackendOf = async (socket: Socket, beforeEnding?: () => Promise<unknown>) => {
  await beforeEnding?.();
  await admin`select pg_terminate_backend(pid) from pg_stat_activity where client_port = ${socket.localPort ?? 0}`;
};

/**
 * A pool whose first connection is ended by the server when it asks for the array types: the
 * statement is held back, and the server ends the connection instead of answering it. Each host
 * listed is this server.
 */
function poolEndedAtTypeFetch(hosts: number, database = 'postgres', beforeEnding?: () => Promise<unknown>) {
  let ended = false;
  // postgres.js makes each connection's socket with `socket` when given; its types do not list it.
  const socket = (): Socket => {
    const opened = connect(server.port, '127.0.0.1');
    const write = opened.write.bind(opened) as (chunk: Buffer, callback?: () => void) => boolean;
    opened.write = ((chunk: Buffer, callback?: () => void) => {
      if (!ended && Buffer.from(chunk).includes('typarray')) {
        ended = true;
        void terminateBackendOf(opened, beforeEnding);
        return true;
      }
      return write(chunk, callback);
    }) as Socket['write'];
    return opened;
  };
  const url = `postgres://postgres@${Array(hosts).fill(`127.0.0.1:${server.port}`).join(',')}/${database}`;
  return postgres(url, {
    max: 1,
    onnotice: () => {},
    backoff: () => 0.01,
    ...({ socket } as postgres.Options<Record<string, postgres.PostgresType>>),
  });
}

describe('a connection the server ends', () => {
  it('while it fetches the array types, on the only host: its query fails as unreachable, nothing unhandled', async () => {
    const sql = poolEndedAtTypeFetch(1);
    try {
      const failure = await sql`select 1 as one`.catch((error: unknown) => error);
      expect(isDatabaseUnreachable(failure), String(failure)).toBe(true);
      await afterUnhandledRejectionsAreReported();
      expect(unhandled.map(String)).toEqual([]);
      expect(await sql`select 2 as two`).toEqual([{ two: 2 }]);
    } finally {
      await sql.end({ timeout: 0 });
    }
  });

  it('while it fetches the array types, with another host: the query is answered there', async () => {
    const sql = poolEndedAtTypeFetch(2);
    try {
      expect(await sql`select 1 as one`).toEqual([{ one: 1 }]);
      await afterUnhandledRejectionsAreReported();
      expect(unhandled.map(String)).toEqual([]);
    } finally {
      await sql.end({ timeout: 0 });
    }
  });

  it('while it fetches the array types, with another host that refuses: the refusal reaches the query', async () => {
    await admin`create database refusing`;
    const sql = poolEndedAtTypeFetch(2, 'refusing', () => admin`alter database refusing allow_connections false`);
    try {
      // Before, the statement of the first attempt was still taken to be in flight on the second,
      // and the server's refusal (55000) was held for it: the query was only told the connection closed.
      await expect(sql`select 1 as one`).rejects.toMatchObject({ code: '55000' });
      await afterUnhandledRejectionsAreReported();
      expect(unhandled.map(String)).toEqual([]);
    } finally {
      await sql.end({ timeout: 0 });
      await admin`drop database refusing`;
    }
  });

  it('under a query: that query fails, and the next, on a new connection, is answered', async () => {
    const sql = postgres(server.url(), {
      max: 1,
      onnotice: () => {},
      backoff: () => 0.01,
      connection: { application_name: 'ended' },
    });
    try {
      await sql`select 1`;
      const sleeping = sql`select pg_sleep(30)`.catch((error: unknown) => error);
      while ((await admin`select 1 from pg_stat_activity where query = 'select pg_sleep(30)'`).length === 0)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ended'`;
      const failure = await sleeping;
      expect(isDatabaseUnreachable(failure), String(failure)).toBe(true);
      // Before, the server's last word to the ended connection (57P01) failed this one too.
      expect(await sql`select 2 as two`).toEqual([{ two: 2 }]);
    } finally {
      await sql.end({ timeout: 0 });
    }
  });
});
