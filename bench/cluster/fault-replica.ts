import { type AutoctlNode, killNode, nodeStates, settledIn, sleep, waitForStates } from './postgres-nodes';
import type { Cluster } from './start-cluster';

export interface ReplicaStopResult {
  standby: string;
  /** Report reads (the organisation's heatmap, as HR, through the proxy) while the standby was down… */
  reportReads: number;
  /** …that answered the figures they answered before the fault… */
  sameFigures: number;
  /** …or a 503 (the app saying the database is unreachable)… */
  unavailable: number;
  /** …or anything else: a wrong figure or another error (must be 0). */
  wrong: number;
  /** From the restart until the monitor saw the standby streaming again. */
  rejoinSeconds: number;
  pass: boolean;
}

/** The data node the monitor has as the standby now. */
export async function currentStandby(cluster: Cluster): Promise<AutoctlNode> {
  const states = await nodeStates(cluster.monitor);
  const node = cluster.nodes.find((candidate) => settledIn(states, candidate.name, 'secondary'));
  if (!node) throw new Error(`no standby: ${JSON.stringify(states)}`);
  return node;
}

/**
 * `kill -9` of the hot standby `afterMs` into the phase; for `downMs` a report is read through the
 * proxy every 250 ms and compared with the one read before; then the standby is started again and
 * rejoins. Published figures do not move under submissions, so any other answer is wrong.
 */
export function replicaStop(
  cluster: Cluster,
  report: { path: string; cookie: string },
  afterMs: number,
  downMs: number,
) {
  const read = async () => {
    const response = await fetch(`${cluster.proxy.origin}${report.path}`, {
      headers: { cookie: report.cookie },
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    return { status: response?.status ?? 0, body: response ? await response.text() : '' };
  };
  let result: ReplicaStopResult | null = null;
  return {
    during: async () => {
      const before = await read();
      if (before.status !== 200) throw new Error(`${report.path} answered ${before.status} before the fault`);
      await sleep(afterMs);
      const standby = await currentStandby(cluster);
      killNode(standby);
      const tally = { reportReads: 0, sameFigures: 0, unavailable: 0, wrong: 0 };
      const until = Date.now() + downMs;
      while (Date.now() < until) {
        const answer = await read();
        tally.reportReads++;
        if (answer.status === 200 && answer.body === before.body) tally.sameFigures++;
        else if (answer.status === 503) tally.unavailable++;
        else tally.wrong++;
        await sleep(250);
      }
      const restarted = Date.now();
      cluster.restartNode(standby);
      await waitForStates(
        cluster.monitor,
        (s) => settledIn(s, standby.name, 'secondary'),
        'the standby rejoining',
        180_000,
      );
      result = {
        standby: standby.name,
        ...tally,
        rejoinSeconds: (Date.now() - restarted) / 1000,
        pass: tally.wrong === 0 && tally.reportReads > 0,
      };
    },
    result: () => result,
  };
}
