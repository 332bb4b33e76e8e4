import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

/** Postgres refuses to run as root: as root, the servers run as the `postgres` user. */
const OWNER: { uid?: number; gid?: number } =
  process.getuid?.() === 0 ? { uid: Number(await idOf('-u')), gid: Number(await idOf('-g')) } : {};

async function idOf(flag: '-u' | '-g'): Promise<string> {
  return (await run('id', [flag, 'postgres'])).stdout.trim();
}

const postgresTool = (tool: string, args: string[]) =>
  run('nice', ['-n', '15', path.join(BIN, tool), ...args], { ...OWNER, env: { ...process.env, LC_ALL: 'C' } });

/** A TCP port of 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A Postgres server of a test's own, in a temporary directory, on a free port of 127.0.0.1. */
export interface PostgresServer {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url: (database?: string) => string;
  start: () => Promise<void>;
  /** A fast shutdown: connections are ended with admin_shutdown (57P01). */
  stop: () => Promise<void>;
  /** SIGKILL to the postmaster and every backend at once, as a crashed machine's process would end. */
  kill: () => Promise<void>;
  /** Makes a standby the primary. */
  promote: () => Promise<void>;
  /** A streaming replica of this server (pg_basebackup -R), started. */
  createStandby: () => Promise<PostgresServer>;
  /** Stops the server if it runs and deletes its directory. */
  destroy: () => Promise<void>;
}

function serverIn(directory: string, port: number): PostgresServer {
  const data = path.join(directory, 'data');
  const server: PostgresServer = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await postgresTool('pg_ctl', [
        'start',
        '-w',
        '-D',
        data,
        '-l',
        path.join(directory, 'log'),
        '-o',
        settings(directory, port),
      ]);
    },
    stop: async () => {
      await postgresTool('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data]);
    },
    kill: async () => {
      const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      // Stopped first, it starts no backend between the listing and the kill.
      process.kill(postmaster, 'SIGSTOP');
      const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(postmaster)]);
      for (const pid of [postmaster, ...stdout.split('\n').filter(Boolean).map(Number)]) process.kill(pid, 'SIGKILL');
    },
    promote: async () => {
      await postgresTool('pg_ctl', ['promote', '-w', '-D', data]);
    },
    createStandby: async () => {
      const standby = await emptyServer();
      await postgresTool('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-D',
        standby.data,
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast',
      ]);
      await standby.server.start();
      return standby.server;
    },
    destroy: async () => {
      await server.stop().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return server;
}

function settings(directory: string, port: number): string {
  return [
    `-c port=${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${directory}`,
    '-c fsync=off',
    '-c shared_buffers=16MB',
    '-c max_connections=40',
    '-c wal_level=replica',
    '-c max_wal_senders=4',
    '-c hot_standby=on',
  ].join(' ');
}

async function emptyServer() {
  const directory = mkdtempSync(path.join(tmpdir(), 'verbinding-pg-'));
  if (OWNER.uid !== undefined && OWNER.gid !== undefined) chownSync(directory, OWNER.uid, OWNER.gid);
  return { server: serverIn(directory, await freePort()), data: path.join(directory, 'data') };
}

/** A new, started primary with only the `postgres` database; every connection from 127.0.0.1 is trusted. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const { server, data } = await emptyServer();
  await postgresTool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  await server.start();
  return server;
}

/** Creates the database `verbinding` on `server`, migrated, and opens it. */
export async function createAppDatabase(server: PostgresServer): Promise<DatabaseHandle> {
  const setup = openDatabase({ url: server.url() });
  await setup.query('create database verbinding');
  await setup.close();
  const handle = openDatabase({ url: server.url('verbinding') });
  await migrateDatabase(handle);
  return handle;
}

export interface FailoverPair {
  primary: PostgresServer;
  standby: PostgresServer;
  /** The app's pool on both hosts, as DATABASE_URL names a failover pair (target_session_attrs=read-write). */
  app: DatabaseHandle;
  destroy: () => Promise<void>;
}

/** A primary with the migrated app database and `extraSchema` run on it, its streaming standby, and the app's pool on both. */
export async function startFailoverPair(extraSchema: string): Promise<FailoverPair> {
  const primary = await startPostgresServer();
  const migrating = await createAppDatabase(primary);
  await migrating.query(extraSchema);
  await migrating.close();
  const standby = await primary.createStandby();
  const hosts = `127.0.0.1:${primary.port},127.0.0.1:${standby.port}`;
  const app = openDatabase({ url: `postgres://postgres@${hosts}/verbinding?target_session_attrs=read-write` });
  return {
    primary,
    standby,
    app,
    destroy: async () => {
      await app.close();
      await standby.destroy();
      await primary.destroy();
    },
  };
}
