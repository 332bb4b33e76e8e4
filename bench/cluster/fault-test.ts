import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/seed/demo/demo-structure';
import type { LargeSizes } from '@/seed/large/large-types';
import type { LoadPhase } from '../measure/submission-load';
import { type SubmissionResult, measureSubmissions } from '../measure/submissions';
import { eligibleEmployees, sessionPerson } from '../support/load-people';
import { fetchOpenPulse } from '../support/open-pulse';
import { mintSessionCookie } from '../support/session-cookie';
import { type AppServerKillResult, appServerKill } from './fault-app-server';
import { type PrimaryKillResult, primaryKill } from './fault-primary';
import { type ReplicaStopResult, replicaStop } from './fault-replica';
import { putResponse } from './probe-requests';
import { type ReadYourWritesResult, checkReadYourWrites } from './read-your-writes';
import { type LagSummary, sampleReplicationLag } from './replication-lag';
import { type SettingsCoherenceResult, checkSettingsCoherence } from './settings-coherence';
import { CLUSTER_PORTS, WRITE_URL, startCluster } from './start-cluster';
import { CLUSTER_DATABASE } from './postgres-nodes';

export interface FaultTestOptions {
  sizes: LargeSizes;
  /** Submissions per second the load asks for through the proxy. */
  rate: number;
  connections: number;
  /** Employees the load cycles through. */
  employees: number;
  phaseSeconds: number;
  /** Keep the cluster's logs (HAProxy's, each server's and node's) even when every check holds. */
  keepLogs: boolean;
}

export interface FaultTestResults {
  options: FaultTestOptions;
  ports: typeof CLUSTER_PORTS;
  submissions: SubmissionResult;
  /** Each fault's check; null when it did not finish (`failures` says why). */
  appServerKilled: AppServerKillResult | null;
  replicaStopped: ReplicaStopResult | null;
  readYourWrites: ReadYourWritesResult | null;
  primaryKilled: PrimaryKillResult | null;
  settings: SettingsCoherenceResult | null;
  /** Sampled under the load, leaving out the read-your-writes phase, which holds the standby back on purpose. */
  replicationLag: LagSummary;
  failures: Record<string, string>;
  pass: boolean;
}

/** The people who submit beside the load: one probes writes during the failover, one gets a role, the rest read their own answers. */
const PROBES = 22;

/**
 * Starts the cluster, puts a sustained load of submissions through the proxy, and makes one fault
 * per phase: settings changed through one server, an app server killed, the standby killed, the
 * standby held back (read-your-writes), the primary killed (failover). Afterwards every 2xx must
 * be stored exactly once and the rollup must equal its recomputation. Tears the cluster down at the end.
 */
export async function runFaultTest(
  root: string,
  options: FaultTestOptions,
  log: (line: string) => void,
): Promise<FaultTestResults> {
  const cluster = await startCluster(root, options.sizes, log);
  let passed = false;
  const sql = postgres(WRITE_URL, { max: 4, onnotice: () => {} });
  const handle = openDatabase({ url: WRITE_URL });
  try {
    const cookieFor = async (email: string) => mintSessionCookie(cluster.authSecret, await sessionPerson(sql, email));
    const hr = await cookieFor(DEMO_ACCOUNTS.hr.email);
    const admin = await cookieFor(DEMO_ACCOUNTS.admin.email);
    const pulse = await fetchOpenPulse(cluster.proxy.origin, hr);
    // measureSubmissions takes the first `employees` of the same order; the probes come after them.
    const probes = await Promise.all(
      (await eligibleEmployees(sql, pulse.id, options.employees + PROBES))
        .slice(options.employees)
        .map(async (person) => ({ ...person, cookie: await mintSessionCookie(cluster.authSecret, person) })),
    );
    if (probes.length < PROBES) throw new Error(`fewer than ${options.employees + PROBES} employees may answer`);
    // Each probe answers once before the load, so that their later answers replace a response and
    // the count of new responses the exactly-once check compares stays the load's own.
    for (const probe of probes) {
      const status = await putResponse(
        cluster.proxy.origin,
        pulse,
        probe.cookie,
        pulse.itemIds.map(() => 3),
      );
      if (status !== 200) throw new Error(`a probe's first submission answered ${status}`);
    }
    const [writeProbe, roleProbe, ...readers] = probes as [(typeof probes)[0], (typeof probes)[0]];

    const appKill = appServerKill(cluster, 8_000, 8_000);
    const replica = replicaStop(cluster, { path: '/api/v1/heatmap?unit=org&period=month', cookie: hr }, 5_000, 12_000);
    const failover = primaryKill(cluster, pulse, writeProbe.cookie, 5_000);
    let readYourWrites: ReadYourWritesResult | null = null;
    let settings: SettingsCoherenceResult | null = null;
    const rywWindow = { from: 0, to: 0 };
    let appKillPhaseEnd = 0;
    /** What kept a fault's check from finishing, by phase: the load and the other faults go on. */
    const failures: Record<string, string> = {};
    const phase = (name: string, durationSeconds: number, during?: () => Promise<unknown>): LoadPhase => ({
      name,
      connections: options.connections,
      overallRate: options.rate,
      durationSeconds,
      during: async () => {
        log(`  ${name}…`);
        await during?.().catch((error: unknown) => {
          failures[name] = String(error);
          log(`  ${name}: ${String(error)}`);
        });
      },
    });
    const seconds = options.phaseSeconds;
    const phases: LoadPhase[] = [
      { name: 'capacity (as fast as answered)', connections: options.connections, durationSeconds: 20 },
      phase('4. settings changed through one server', seconds, async () => {
        settings = await checkSettingsCoherence({
          root,
          servers: cluster.apps,
          admin,
          hr,
          employee: { personId: roleProbe.personId, email: roleProbe.email, cookie: roleProbe.cookie },
          password: DEMO_PASSWORD,
        });
      }),
      phase('1. app server killed', seconds, appKill.during),
      phase('3. standby killed', seconds, async () => {
        appKillPhaseEnd = Date.now();
        await replica.during();
      }),
      phase('read-your-writes, standby 3 s behind', 20, async () => {
        rywWindow.from = Date.now();
        readYourWrites = await checkReadYourWrites(cluster, pulse, readers);
        // The standby replays what it held back once the delay is lifted.
        rywWindow.to = Date.now() + 5_000;
      }),
      phase('2. primary killed', seconds + 15, failover.during),
      phase('after the failover', seconds),
    ];

    log(`Load: ${options.rate} submissions/s through ${cluster.proxy.origin}, ${options.connections} connections…`);
    const lag = sampleReplicationLag(sql);
    const submissions = await measureSubmissions({
      origin: cluster.proxy.origin,
      serverPids: cluster.apps.map((app) => app.pid),
      database: CLUSTER_DATABASE,
      sql,
      db: handle.db,
      authSecret: cluster.authSecret,
      employees: options.employees,
      phases,
    });
    const replicationLag = await lag.stop([rywWindow]);
    const appServerKilled = appKillPhaseEnd ? appKill.check(appKillPhaseEnd) : null;
    const replicaStopped = replica.result();
    const primaryKilled = failover.check(
      options.rate,
      Date.now(),
      cluster.apps.map((app) => app.name),
    );
    const results: FaultTestResults = {
      options,
      ports: CLUSTER_PORTS,
      submissions,
      appServerKilled,
      replicaStopped,
      readYourWrites,
      primaryKilled,
      settings,
      replicationLag,
      failures,
      pass:
        Object.keys(failures).length === 0 &&
        submissions.storage.exactlyOnce &&
        submissions.rollups.differences === 0 &&
        [appServerKilled, replicaStopped, readYourWrites, primaryKilled, settings].every(
          (check) => (check as { pass: boolean } | null)?.pass === true,
        ),
    };
    passed = results.pass;
    return results;
  } finally {
    await sql.end();
    await handle.close();
    log('Tearing the cluster down…');
    await cluster.stop(options.keepLogs || !passed);
  }
}
