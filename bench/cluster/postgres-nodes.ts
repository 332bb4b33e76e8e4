import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type postgres from 'postgres';

/** Debian's Postgres 15 binaries, which pg_autoctl drives (it does not find them on PATH by itself). */
const PG_CTL = '/usr/lib/postgresql/15/bin/pg_ctl';
export const CLUSTER_DATABASE = 'verbinding';

/** pg_autoctl refuses to run as root: every node runs as the `postgres` user, in a directory it owns. */
export interface PostgresUser {
  uid: number;
  gid: number;
}

export function postgresUser(): PostgresUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** One pg_autoctl service (monitor or data node) and the Postgres it supervises, in a process group of their own. */
export interface AutoctlNode {
  name: string;
  port: number;
  pgdata: string;
  /** The running pg_autoctl, or null once it was killed or stopped. */
  process: ChildProcess | null;
}

interface NodeContext {
  dir: string;
  user: PostgresUser;
}

/**
 * Starts `pg_autoctl` with `args` as the postgres user under `nice`, logging to `<dir>/<name>.log`.
 * Its configuration and state live under `dir` (XDG directories), not in the postgres user's home.
 */
function runAutoctl(context: NodeContext, name: string, args: string[]): ChildProcess {
  const log = openSync(path.join(context.dir, `${name}.log`), 'a');
  const child = spawn('nice', ['-n', '15', 'pg_autoctl', ...args], {
    cwd: context.dir,
    uid: context.user.uid,
    gid: context.user.gid,
    // Its own process group, so that a fault kills the node whole: the keeper and its Postgres.
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      HOME: context.dir,
      XDG_CONFIG_HOME: path.join(context.dir, 'config'),
      XDG_DATA_HOME: path.join(context.dir, 'share'),
    },
  });
  child.unref();
  return child;
}

export function monitorUrl(port: number): string {
  return `postgres://autoctl_node@127.0.0.1:${port}/pg_auto_failover?sslmode=disable`;
}

/**
 * `pg_autoctl create <kind>` of a node in `<dir>/<name>` on `port`, reached at 127.0.0.1, and run at
 * once. Trust and no TLS: every node is on this machine (production uses --ssl-self-signed or
 * certificates, and passwords).
 */
function createAndRun(context: NodeContext, kind: 'monitor' | 'postgres', name: string, port: number, extra: string[]) {
  const pgdata = path.join(context.dir, name);
  const child = runAutoctl(context, name, [
    'create',
    kind,
    ...['--pgdata', pgdata, '--pgport', String(port), '--hostname', '127.0.0.1'],
    ...['--auth', 'trust', '--no-ssl', '--pgctl', PG_CTL, '--run'],
    ...extra,
  ]);
  return { name, port, pgdata, process: child };
}

/** Creates the monitor and runs it. */
export function startMonitor(context: NodeContext, port: number): AutoctlNode {
  return createAndRun(context, 'monitor', 'monitor', port, []);
}

/**
 * Creates a data node registered with the monitor and runs it: the first one becomes the primary,
 * the next one a hot standby cloned from it with pg_basebackup. Postgres listens on 127.0.0.1 only.
 */
export function startDataNode(context: NodeContext, name: string, port: number, monitorPort: number): AutoctlNode {
  return createAndRun(context, 'postgres', name, port, [
    ...['--listen', '127.0.0.1', '--name', name, '--dbname', CLUSTER_DATABASE],
    ...['--monitor', monitorUrl(monitorPort)],
  ]);
}

/** Runs a node that was created before and stopped or killed: it rejoins its formation (as a standby if another node took over). */
export function restartNode(context: NodeContext, node: AutoctlNode): void {
  node.process = runAutoctl(context, node.name, ['run', '--pgdata', node.pgdata]);
}

/** `kill -9` of the node's whole process group: pg_autoctl, its Postgres and every backend, as a lost machine. */
export function killNode(node: AutoctlNode): void {
  if (!node.process?.pid) return;
  signalGroup(node.process.pid, 'SIGKILL');
  node.process = null;
}

/** Stops a node by its process group (pg_autoctl stops its Postgres on SIGTERM) and waits for it to exit. */
export async function stopNode(node: AutoctlNode): Promise<void> {
  const child = node.process;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const force = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(force);
  // Postgres may outlive the keeper by a moment; the group is gone once nothing answers a signal.
  for (let tries = 0; tries < 100 && groupAlive(child.pid); tries++) await sleep(100);
  if (groupAlive(child.pid)) signalGroup(child.pid, 'SIGKILL');
  node.process = null;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface NodeState {
  name: string;
  port: number;
  reportedState: string;
  goalState: string;
}

/** What the monitor knows of the data nodes: the state each reported and the one it was assigned. */
export async function nodeStates(monitor: postgres.Sql): Promise<NodeState[]> {
  return monitor<NodeState[]>`
    select nodename as name, nodeport as port, reportedstate::text as "reportedState", goalstate::text as "goalState"
    from pgautofailover.node order by nodeid`;
}

/** Polls the monitor until `done` holds for its nodes, or throws after `timeoutMs` naming the states it saw last. */
export async function waitForStates(
  monitor: postgres.Sql,
  done: (states: NodeState[]) => boolean,
  what: string,
  timeoutMs: number,
  nudge?: () => Promise<unknown>,
): Promise<NodeState[]> {
  const deadline = Date.now() + timeoutMs;
  let states: NodeState[] = [];
  while (Date.now() < deadline) {
    states = await nodeStates(monitor).catch(() => []);
    if (done(states)) return states;
    await nudge?.().catch(() => {});
    await sleep(250);
  }
  throw new Error(
    `${what}: not within ${timeoutMs / 1000} s; the monitor says ${states.map((s) => `${s.name} ${s.reportedState}→${s.goalState}`).join(', ')}`,
  );
}

/** A node is settled in `state` when it reported the state the monitor assigned it. */
export const settledIn = (states: NodeState[], name: string, ...wanted: string[]) =>
  states.some((s) => s.name === name && s.reportedState === s.goalState && wanted.includes(s.reportedState));

export function makeNodeDirectory(dir: string, user: PostgresUser): NodeContext {
  mkdirSync(dir, { recursive: true });
  execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
  return { dir, user };
}
