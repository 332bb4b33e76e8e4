import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { LargeSizes } from '@/seed/large/large-types';
import { runLargeSeed } from '@/seed/run-large-seed';
import { type RunningServer, assertProductionBuild, startNextServer } from '../support/next-server';
import { ensureDebianPackages } from './debian-packages';
import { type Proxy, startHaproxy, stopHaproxy } from './haproxy';
import {
  type AutoctlNode,
  CLUSTER_DATABASE,
  makeNodeDirectory,
  postgresUser,
  restartNode,
  settledIn,
  sleep,
  startDataNode,
  startMonitor,
  stopNode,
  waitForStates,
} from './postgres-nodes';

/** The ports the cluster takes on 127.0.0.1, clear of the system Postgres (5432) and the bench's servers (3310…). */
export const CLUSTER_PORTS = {
  monitor: 5440,
  nodes: [5441, 5442],
  proxy: 3300,
  apps: [3301, 3302, 3303],
} as const;

const NODE_NAMES = ['node1', 'node2'] as const;

/**
 * How soon the monitor acts on a node that stopped answering. pg_auto_failover's defaults (a node is
 * unhealthy after 20 s, and a primary that does not answer is given 30 s to demote itself) put a
 * failover near a minute; these put it near ten seconds, which a deployment whose nodes share a
 * reliable network can afford.
 */
const MONITOR_SETTINGS = {
  'pgautofailover.health_check_period': 1000,
  'pgautofailover.health_check_timeout': 1000,
  'pgautofailover.health_check_max_retries': 1,
  'pgautofailover.health_check_retry_delay': 500,
  'pgautofailover.node_considered_unhealthy_timeout': 4000,
  'pgautofailover.primary_demote_timeout': 4000,
};

export const nodeUrl = (port: number) => `postgres://postgres@127.0.0.1:${port}/${CLUSTER_DATABASE}`;

/** The app writes to whichever node is writable… */
export const WRITE_URL = `postgres://postgres@${CLUSTER_PORTS.nodes.map((port) => `127.0.0.1:${port}`).join(',')}/${CLUSTER_DATABASE}?target_session_attrs=read-write`;
/** …and reads reports from the hot standby, the second node first (the primary's standby at the start). */
export const READ_URL = `postgres://postgres@${[...CLUSTER_PORTS.nodes]
  .reverse()
  .map((port) => `127.0.0.1:${port}`)
  .join(',')}/${CLUSTER_DATABASE}?target_session_attrs=prefer-standby`;

export interface Cluster {
  dir: string;
  authSecret: string;
  /** The monitor's own database, to ask it the nodes' states. */
  monitor: postgres.Sql;
  nodes: AutoctlNode[];
  apps: RunningServer[];
  proxy: Proxy;
  restartNode: (node: AutoctlNode) => void;
  restartApp: (index: number) => Promise<void>;
  /** Stops everything started, newest first, and removes the data directories (logs stay when `keepLogs`). */
  stop: (keepLogs: boolean) => Promise<void>;
}

/**
 * Starts, on this machine: the pg_auto_failover monitor, a primary seeded with a synthetic
 * organisation of `sizes`, its synchronous hot standby, `next start` on each app port (writing
 * through WRITE_URL, reading reports through READ_URL) and HAProxy in front of them. Whatever
 * fails half-way, what was started is stopped again before the error is thrown.
 */
export async function startCluster(root: string, sizes: LargeSizes, log: (line: string) => void): Promise<Cluster> {
  ensureDebianPackages(log);
  assertProductionBuild(root);
  const user = postgresUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verbinding-cluster-'));
  const context = makeNodeDirectory(dir, user);
  const authSecret = randomBytes(33).toString('base64');
  const undo: (() => Promise<unknown>)[] = [];
  let stopping: Promise<void> | null = null;
  /** Once only: a Ctrl-C during the teardown that a failure started waits for that one. */
  const stop = (keepLogs: boolean) =>
    (stopping ??= (async () => {
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
      for (const step of undo.splice(0).reverse())
        await step().catch((error: unknown) => log(`  teardown: ${String(error)}`));
      for (const name of ['monitor', ...NODE_NAMES, 'backup', 'config', 'share'])
        rmSync(path.join(dir, name), { recursive: true, force: true });
      if (!keepLogs) rmSync(dir, { recursive: true, force: true });
      else log(`Logs kept in ${dir}.`);
    })());
  // Ctrl-C (or a SIGTERM) at any point stops what was started; the data nodes run in sessions of their own and would outlive the harness.
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: tearing the cluster down…`);
    void stop(true).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    log(`Cluster directory ${dir}. Starting the pg_auto_failover monitor on ${CLUSTER_PORTS.monitor}…`);
    const monitorNode = startMonitor(context, CLUSTER_PORTS.monitor);
    undo.push(() => stopNode(monitorNode));
    const monitor = postgres(`postgres://postgres@127.0.0.1:${CLUSTER_PORTS.monitor}/pg_auto_failover`, {
      max: 1,
      onnotice: () => {},
    });
    undo.push(() => monitor.end());
    await untilAnswers(monitor, 'the monitor', 90_000);
    for (const [name, value] of Object.entries(MONITOR_SETTINGS))
      await monitor.unsafe(`alter system set ${name} = ${value}`);
    await monitor`select pg_reload_conf()`;

    const nodes: AutoctlNode[] = [];
    const startNode = (index: 0 | 1) => {
      const node = startDataNode(context, NODE_NAMES[index], CLUSTER_PORTS.nodes[index], CLUSTER_PORTS.monitor);
      nodes.push(node);
      undo.push(() => stopNode(node));
    };
    log(`Primary ${NODE_NAMES[0]} on ${CLUSTER_PORTS.nodes[0]}…`);
    startNode(0);
    await waitForStates(monitor, (s) => settledIn(s, NODE_NAMES[0], 'single'), 'the first node', 120_000);
    log(`Seeding ${sizes.employees} employees in ${sizes.teams} teams, ${sizes.weeks} weeks…`);
    await runLargeSeed(nodeUrl(CLUSTER_PORTS.nodes[0]), sizes, { log });

    log(`Hot standby ${NODE_NAMES[1]} on ${CLUSTER_PORTS.nodes[1]} (pg_basebackup from the primary)…`);
    startNode(1);
    const primary = postgres(nodeUrl(CLUSTER_PORTS.nodes[0]), { max: 1, onnotice: () => {} });
    try {
      await waitForStates(
        monitor,
        (s) => settledIn(s, NODE_NAMES[0], 'primary') && settledIn(s, NODE_NAMES[1], 'secondary'),
        'the standby',
        300_000,
        // pg_basebackup waits for a spread checkpoint (minutes); an immediate one lets it start.
        () => primary`checkpoint`,
      );
    } finally {
      await primary.end();
    }

    const apps: RunningServer[] = [];
    const startApp = async (index: number) => {
      const server = await startNextServer({
        name: `app${index + 1}`,
        root,
        port: CLUSTER_PORTS.apps[index]!,
        databaseUrl: WRITE_URL,
        databaseReadUrl: READ_URL,
        authSecret,
        logFile: path.join(dir, `app${index + 1}.log`),
      });
      apps[index] = server;
      return server;
    };
    log(`next start on ${CLUSTER_PORTS.apps.join(', ')}…`);
    for (let index = 0; index < CLUSTER_PORTS.apps.length; index++) await startApp(index);
    undo.push(() => Promise.all(apps.map((app) => app.stop())));

    log(`HAProxy on ${CLUSTER_PORTS.proxy}…`);
    const proxy = await startHaproxy(
      dir,
      CLUSTER_PORTS.proxy,
      apps.map((app, index) => ({ name: app.name, port: CLUSTER_PORTS.apps[index]! })),
    );
    undo.push(() => stopHaproxy(proxy));

    return {
      dir,
      authSecret,
      monitor,
      nodes,
      apps,
      proxy,
      restartNode: (node) => restartNode(context, node),
      restartApp: async (index) => {
        await startApp(index);
      },
      stop,
    };
  } catch (error) {
    await stop(true);
    throw error;
  }
}

async function untilAnswers(sql: postgres.Sql, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${what} did not answer within ${timeoutMs / 1000} s: ${String(error)}`);
      await sleep(500);
    }
  }
}
