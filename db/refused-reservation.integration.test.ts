import { type Socket, connect } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type PostgresServer, freePort, startPostgresServer } from '@/testing/database/postgres-server';

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgresServer();
});
afterAll(async () => {
  await server?.destroy();
});

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// Two reservations open a connection each; the second is refused, and only then does the first
// connection open. The refused reservation fails, the first gets its connection, and neither
// connection is handed to the reservation that failed and lost to the pool.
it('a reservation whose connection is refused leaves nothing behind in the pool', async () => {
  const refusingPort = await freePort();
  let connections = 0;
  let refused!: () => void;
  const refusal = new Promise<void>((resolve) => (refused = resolve));
  // postgres.js makes each connection's socket with `socket` when given; its types do not list it.
  const socket = async (): Promise<Socket> => {
    const attempt = ++connections;
    if (attempt === 2) return connect(refusingPort, '127.0.0.1').once('close', () => refused());
    if (attempt === 1) await refusal;
    return connect(server.port, '127.0.0.1');
  };
  const sql = postgres(server.url(), {
    max: 2,
    onnotice: () => {},
    ...({ socket } as postgres.Options<Record<string, postgres.PostgresType>>),
  });
  try {
    const first = sql.reserve();
    const second = sql.reserve();
    await expect(within(second, 5_000, 'the refused reservation')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const reserved = await within(first, 5_000, 'the first reservation');
    expect(await reserved`select 1 as one`).toEqual([{ one: 1 }]);
    reserved.release();
    // Both connections of the pool can be reserved again at once.
    const both = await within(Promise.all([sql.reserve(), sql.reserve()]), 5_000, 'two reservations after');
    expect(await Promise.all(both.map((connection) => connection`select 2 as two`))).toEqual([
      [{ two: 2 }],
      [{ two: 2 }],
    ]);
    for (const connection of both) connection.release();
  } finally {
    await sql.end({ timeout: 0 });
  }
});
