import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client';
import { type PostgresServer, startPostgresServer } from '@/testing/database/postgres-server';
import { untilItSucceeds } from '@/testing/database/until-it-succeeds';

// A read pool as DATABASE_READ_URL sets it up for a primary and its standby
// (target_session_attrs=prefer-standby): it reads from the standby while there is one, and from
// whatever server answers when there is none, as after a failover whose old primary is gone.
let primary: PostgresServer;
let standby: PostgresServer;
let readUrl: string;
let reads: DatabaseHandle;

beforeAll(async () => {
  primary = await startPostgresServer();
  standby = await primary.createStandby();
  // The primary first: the standby is preferred wherever it is listed.
  const hosts = `127.0.0.1:${primary.port},127.0.0.1:${standby.port}`;
  readUrl = `postgres://postgres@${hosts}/postgres?target_session_attrs=prefer-standby`;
  reads = openDatabase({ url: readUrl });
});
afterAll(async () => {
  await reads?.close();
  await standby?.destroy();
  await primary?.destroy();
});

/** The ports of the servers that answer `count` concurrent reads, one connection each. */
const portsOfConcurrentReads = async (pool: DatabaseHandle, count: number) => {
  const answers = await Promise.all(
    Array.from({ length: count }, () => pool.query('select inet_server_port() as port, pg_sleep(0.05)')),
  );
  return [...new Set(answers.map(([row]) => row?.port))];
};

it('reads from the standby while there is one', async () => {
  expect(await portsOfConcurrentReads(reads, 4)).toEqual([standby.port]);
});

it('reads from the promoted standby once the primary is gone and no standby is left', async () => {
  await primary.kill();
  await standby.promote();
  // The pool's connections to the standby outlive its promotion; the server ends them, as a restart would.
  const promoted = openDatabase({ url: standby.url() });
  await promoted.query(
    "select pg_terminate_backend(pid) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
  );
  await promoted.close();
  // Before, every new connection refused the one primary on both hosts: the pool never connected again.
  expect(await untilItSucceeds(() => portsOfConcurrentReads(reads, 4), 15_000)).toEqual([standby.port]);
  // A pool opened now, as by an app server started after the failover.
  const opened = openDatabase({ url: readUrl });
  try {
    expect(await untilItSucceeds(() => portsOfConcurrentReads(opened, 4), 15_000)).toEqual([standby.port]);
  } finally {
    await opened.close();
  }
});
