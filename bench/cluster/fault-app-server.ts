import { readProxyLog } from './haproxy';
import { sleep } from './postgres-nodes';
import type { Cluster } from './start-cluster';

export interface AppServerKillResult {
  server: string;
  /** Submissions the proxy logged from the kill to the end of the phase. */
  submissionsAfterKill: number;
  /** Of those and the ones in flight at the kill: answered other than 2xx… */
  failed: number;
  /** …on the killed server, sent to it before the kill: the only ones allowed to fail. */
  failedInFlight: number;
  /** …anywhere else (must be 0). */
  failedOtherwise: number;
  /** Submissions the proxy sent to another server after the first one's connection failed or closed unanswered. */
  retriedElsewhere: number;
  /** Submissions the restarted server answered once it was back. */
  answeredAfterRestart: number;
  restartSeconds: number;
  pass: boolean;
}

/**
 * `kill -9` of the first app server `afterMs` into the phase, and its restart `restartAfterMs`
 * later; `check()` reads the proxy's log once the phase is over.
 */
export function appServerKill(cluster: Cluster, afterMs: number, restartAfterMs: number) {
  let killedAt = 0;
  let restartSeconds = 0;
  const server = cluster.apps[0]!.name;
  return {
    during: async () => {
      await sleep(afterMs);
      killedAt = Date.now();
      process.kill(cluster.apps[0]!.pid, 'SIGKILL');
      await sleep(restartAfterMs);
      const restarting = Date.now();
      await cluster.restartApp(0);
      restartSeconds = (Date.now() - restarting) / 1000;
    },
    check: (phaseEndMs: number): AppServerKillResult => {
      const submissions = readProxyLog(cluster.proxy.logFile).filter(
        (request) => request.request.startsWith('PUT ') && request.receivedAtMs <= phaseEndMs,
      );
      // In flight at the kill: sent before it and answered (or failed) after it.
      const concerned = submissions.filter(
        (request) => request.receivedAtMs >= killedAt || request.receivedAtMs + request.totalMs >= killedAt,
      );
      const failed = concerned.filter((request) => request.status < 200 || request.status >= 300);
      const failedInFlight = failed.filter(
        (request) => request.server === server && request.receivedAtMs < killedAt,
      ).length;
      const restartedAt = killedAt + restartAfterMs;
      return {
        server,
        submissionsAfterKill: submissions.filter((request) => request.receivedAtMs >= killedAt).length,
        failed: failed.length,
        failedInFlight,
        failedOtherwise: failed.length - failedInFlight,
        retriedElsewhere: concerned.filter((request) => request.retries > 0 && request.server !== server).length,
        answeredAfterRestart: submissions.filter(
          (request) => request.server === server && request.receivedAtMs > restartedAt,
        ).length,
        restartSeconds,
        pass: failed.length === failedInFlight,
      };
    },
  };
}
