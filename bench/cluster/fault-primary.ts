import { round } from '../support/stats';
import { readProxyLog, secondsUntilFullRate } from './haproxy';
import { killNode, nodeStates, settledIn, sleep, waitForStates } from './postgres-nodes';
import { type OpenPulse, putResponse } from './probe-requests';
import type { Cluster } from './start-cluster';

export interface PrimaryKillResult {
  killed: string;
  promoted: string;
  /** From the kill until the monitor had the standby settled as the writable primary. */
  failoverSeconds: number;
  /** From the kill until a submission sent through the proxy after it was answered 2xx. */
  writesAgainSeconds: number;
  /** Probe submissions sent while waiting, by status (0: no answer within 10 s). */
  probeStatuses: Record<string, number>;
  /** From the kill until submissions were answered 2xx at the asked rate again (5 s in a row); null: not before the end of the load. */
  fullRateAgainSeconds: number | null;
  /** Submissions each app server answered 2xx in the last 15 s of the load: every one must be back. */
  answeredAtTheEnd: Record<string, number>;
  /** From restarting the killed node until it was streaming again as the new primary's standby. */
  rejoinSeconds: number;
  pass: boolean;
}

const LIMIT_SECONDS = 30;
const END_WINDOW_MS = 15_000;

/**
 * `kill -9` of the primary node `afterMs` into the phase (pg_autoctl, Postgres, every backend); then
 * the monitor's states and a probe submission every 500 ms through the proxy say when the standby
 * took over and when the app wrote again, with no app server restarted. The killed node is then run
 * again and rejoins as the standby.
 */
export function primaryKill(cluster: Cluster, pulse: OpenPulse, probeCookie: string, afterMs: number) {
  let result: Omit<PrimaryKillResult, 'fullRateAgainSeconds' | 'answeredAtTheEnd'> | null = null;
  let killedAt = 0;
  return {
    during: async () => {
      await sleep(afterMs);
      const states = await nodeStates(cluster.monitor);
      const primary = cluster.nodes.find((node) => settledIn(states, node.name, 'primary'));
      const standby = cluster.nodes.find((node) => node !== primary);
      if (!primary || !standby) throw new Error(`no primary and standby to fail over: ${JSON.stringify(states)}`);
      killedAt = Date.now();
      killNode(primary);

      const promoted = waitForStates(
        cluster.monitor,
        (s) => settledIn(s, standby.name, 'wait_primary', 'primary'),
        'the failover',
        120_000,
      ).then(() => (Date.now() - killedAt) / 1000);
      const probeStatuses: Record<string, number> = {};
      const probes: Promise<void>[] = [];
      let writesAgainAt = 0;
      for (let probe = 0; !writesAgainAt && Date.now() - killedAt < 120_000; probe++) {
        const scores = pulse.itemIds.map((_, index) => 1 + ((probe + index) % 5));
        probes.push(
          putResponse(cluster.proxy.origin, pulse, probeCookie, scores).then((status) => {
            probeStatuses[status] = (probeStatuses[status] ?? 0) + 1;
            if (status >= 200 && status < 300 && !writesAgainAt) writesAgainAt = Date.now();
          }),
        );
        await sleep(500);
      }
      await Promise.all(probes);
      const failoverSeconds = await promoted;

      const restarted = Date.now();
      cluster.restartNode(primary);
      await waitForStates(
        cluster.monitor,
        (s) => settledIn(s, primary.name, 'secondary') && settledIn(s, standby.name, 'primary'),
        'the old primary rejoining as standby',
        300_000,
      );
      const writesAgainSeconds = writesAgainAt ? (writesAgainAt - killedAt) / 1000 : Number.POSITIVE_INFINITY;
      result = {
        killed: primary.name,
        promoted: standby.name,
        failoverSeconds: round(failoverSeconds, 2),
        writesAgainSeconds: round(writesAgainSeconds, 2),
        probeStatuses,
        rejoinSeconds: round((Date.now() - restarted) / 1000),
        pass: failoverSeconds < LIMIT_SECONDS && writesAgainSeconds < LIMIT_SECONDS,
      };
    },
    /**
     * The result, once the load is over (`loadEndMs`) and the proxy's log has every answer; null if
     * the fault did not finish. It holds when the failover and the first write came within 30 s, the
     * asked rate came back within 30 s more, and every app server answered again by the end.
     */
    check: (rate: number, loadEndMs: number, servers: string[]): PrimaryKillResult | null => {
      if (!result) return null;
      const requests = readProxyLog(cluster.proxy.logFile);
      const fullRateAgainSeconds = secondsUntilFullRate(requests, killedAt, loadEndMs, rate);
      const answeredAtTheEnd = Object.fromEntries(
        servers.map((server) => [
          server,
          requests.filter(
            (request) =>
              request.server === server &&
              request.status >= 200 &&
              request.status < 300 &&
              request.receivedAtMs >= loadEndMs - END_WINDOW_MS,
          ).length,
        ]),
      );
      return {
        ...result,
        fullRateAgainSeconds,
        answeredAtTheEnd,
        pass:
          result.pass &&
          fullRateAgainSeconds !== null &&
          fullRateAgainSeconds < result.writesAgainSeconds + LIMIT_SECONDS &&
          Object.values(answeredAtTheEnd).every((count) => count > 0),
      };
    },
  };
}
