import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
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

export interface FaultTestOptions {
  sizes: LargeSizes;
  /** Submissions per second the load asks for through the proxy. */
  rate: number;
  connections: number;
  /** Employees the load cycles through. */
  employees: number;
  phaseSeconds: number;
}

export interface FaultTestResults {
  options: FaultTestOptions;
  ports: typeof CLUSTER_PORTS;
  submissions: SubmissionResult;
  appServerKilled: AppServerKillResult;
  replicaStopped: ReplicaStopResult;
  readYourWrites: ReadYourWritesResult;
  primaryKilled: PrimaryKillResult;
  settings: SettingsCoherenceResult;
  /** Sampled under the load, leaving out the read-your-writes phase, which holds the standby back on purpose. */
  replicationLag: LagSummary;
  pass: boolean;
}

/** The people who submit beside the load: one probes writes during the failover, one gets a role, the rest read their own answers. */
const PROBES = 22;

/**
 * Starts the cluster, puts a sustained load of submissions through the proxy, and makes one fault
 * per phase: an app server killed, the standby killed, the standby held back (read-your-writes),
 * the primary killed (failover), and settings changed through one server. Afterwards every 2xx must
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
    const noted = (phase: LoadPhase): LoadPhase => ({
      ...phase,
      during: async () => {
        log(`  ${phase.name}…`);
        await phase.during?.();
      },
    });

    const seconds = options.phaseSeconds;
    const steady = { connections: options.connections, overallRate: options.rate };
    const phases: LoadPhase[] = [
      { name: 'capacity (as fast as answered)', connections: options.connections, durationSeconds: 20 },
      { name: 'steady', ...steady, durationSeconds: seconds },
      { name: '1. app server killed', ...steady, durationSeconds: seconds, during: appKill.during },
      {
        name: '3. standby killed',
        ...steady,
        durationSeconds: seconds,
        during: async () => {
          appKillPhaseEnd = Date.now();
          await replica.during();
        },
      },
      {
        name: 'read-your-writes, standby 3 s behind',
        ...steady,
        durationSeconds: 20,
        during: async () => {
          rywWindow.from = Date.now();
          readYourWrites = await checkReadYourWrites(cluster, pulse, readers);
          // The standby replays what it held back once the delay is lifted.
          rywWindow.to = Date.now() + 5_000;
        },
      },
      { name: '2. primary killed', ...steady, durationSeconds: seconds + 15, during: failover.during },
      {
        name: '4. settings changed, after the failover',
        ...steady,
        durationSeconds: seconds,
        during: async () => {
          settings = await checkSettingsCoherence({
            root,
            servers: cluster.apps,
            admin,
            hr,
            employee: { personId: roleProbe.personId, email: roleProbe.email, cookie: roleProbe.cookie },
          });
        },
      },
    ];

    log(`Load: ${options.rate} submissions/s through ${cluster.proxy.origin}, ${options.connections} connections…`);
    const lag = sampleReplicationLag(sql);
    const submissions = await measureSubmissions({
      origin: cluster.proxy.origin,
      serverPids: cluster.apps.map((app) => app.pid),
      database: 'verbinding',
      sql,
      db: handle.db,
      authSecret: cluster.authSecret,
      employees: options.employees,
      phases: phases.map(noted),
    });
    const replicationLag = await lag.stop([rywWindow]);
    const appServerKilled = appKill.check(appKillPhaseEnd);
    const replicaStopped = replica.result();
    const primaryKilled = failover.result();
    if (!replicaStopped || !primaryKilled || !readYourWrites || !settings) throw new Error('a fault did not run');
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
      pass:
        submissions.storage.exactlyOnce &&
        submissions.rollups.differences === 0 &&
        appServerKilled.pass &&
        replicaStopped.pass &&
        (readYourWrites as ReadYourWritesResult).pass &&
        primaryKilled.pass &&
        (settings as SettingsCoherenceResult).pass,
    };
    passed = results.pass;
    return results;
  } finally {
    await sql.end();
    await handle.close();
    log('Tearing the cluster down…');
    await cluster.stop(!passed);
  }
}
