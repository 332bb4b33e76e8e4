/**
 * `npm run cluster -- up | fault-test [options]`: the production layout on this machine (HAProxy,
 * three `next start`, a pg_auto_failover primary and hot standby with their monitor), torn down at
 * the end, on failure and on Ctrl-C. Needs a production build and root (it installs the Debian
 * packages when missing and runs Postgres as the postgres user). See bench/BENCHMARKS.md.
 *
 *   up          start the cluster and keep it until Ctrl-C
 *   fault-test  the load and the faults; writes bench/results/cluster.json, exits 1 when a check fails
 *
 *   --employees N --teams N --weeks N   the seeded organisation (3000, 60, 6)
 *   --rate N              submissions per second through the proxy (100)
 *   --connections N       load connections (32)
 *   --load-employees N    employees the load cycles through (2500)
 *   --phase-seconds N     length of each phase of the load (30)
 *   --keep-logs           keep the cluster's logs (kept anyway when a check fails)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSizes } from '@/seed/large/large-sizes';
import { describeMachine } from '../support/machine';
import { runFaultTest } from './fault-test';
import { formatClusterResults } from './print-cluster-results';
import { CLUSTER_PORTS, READ_URL, WRITE_URL, startCluster } from './start-cluster';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    employees: { type: 'string', default: '3000' },
    teams: { type: 'string', default: '60' },
    weeks: { type: 'string', default: '6' },
    rate: { type: 'string', default: '100' },
    connections: { type: 'string', default: '32' },
    'load-employees': { type: 'string', default: '2500' },
    'phase-seconds': { type: 'string', default: '30' },
    'keep-logs': { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const sizes = parseSizes(values);
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const whole = (name: 'rate' | 'connections' | 'load-employees' | 'phase-seconds') => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};

const FAULT_TEST_LIMIT_MINUTES = 30;
const command = positionals[0];
if (command === 'up') {
  const cluster = await startCluster(root, sizes, log);
  log(
    [
      `Up. Proxy ${cluster.proxy.origin}; apps ${cluster.apps.map((app) => app.origin).join(', ')};`,
      `monitor 127.0.0.1:${CLUSTER_PORTS.monitor}; DATABASE_URL=${WRITE_URL}`,
      `DATABASE_READ_URL=${READ_URL}; AUTH_SECRET=${cluster.authSecret}. Ctrl-C tears it down.`,
    ].join('\n'),
  );
  await new Promise(() => {});
} else if (command === 'fault-test') {
  // A fault the app does not recover from may leave requests hanging: the cluster is torn down all the same.
  setTimeout(() => {
    log(`No result after ${FAULT_TEST_LIMIT_MINUTES} minutes.`);
    process.kill(process.pid, 'SIGTERM');
  }, FAULT_TEST_LIMIT_MINUTES * 60_000).unref();
  const results = await runFaultTest(
    root,
    {
      sizes,
      rate: whole('rate'),
      connections: whole('connections'),
      employees: whole('load-employees'),
      phaseSeconds: whole('phase-seconds'),
      keepLogs: values['keep-logs'],
    },
    log,
  );
  const resultsDir = path.join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const machine = { ...describeMachine(root, '15 (Debian), pg_auto_failover 2.0'), loadAverage: os.loadavg() };
  writeFileSync(
    path.join(resultsDir, 'cluster.json'),
    `${JSON.stringify({ takenAt: new Date().toISOString(), machine, ...results }, null, 2)}\n`,
  );
  console.log(`\n${formatClusterResults(results)}\n\nWritten to bench/results/cluster.json.`);
  console.log(results.pass ? 'Every check holds.' : 'A check failed.');
  process.exit(results.pass ? 0 : 1);
} else {
  console.error('usage: npm run cluster -- up | fault-test [--rate N] [--employees N …] (see bench/cluster/cli.ts)');
  process.exit(2);
}
