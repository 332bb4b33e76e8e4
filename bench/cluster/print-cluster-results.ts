import type { FaultTestResults } from './fault-test';

const yes = (pass: boolean) => (pass ? 'yes' : '**no**');
const statuses = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');

/** A check's row: its figure, or that it did not finish. */
function row<T extends { pass: boolean }>(label: string, result: T | null, figure: (result: T) => string): string {
  return result ? `| ${label} | ${figure(result)} | ${yes(result.pass)} |` : `| ${label} | did not finish | **no** |`;
}

/** The fault test's figures as Markdown tables, as BENCHMARKS.md shows them. */
export function formatClusterResults(results: FaultTestResults): string {
  const { submissions, replicationLag: lag } = results;
  const storage = submissions.storage;
  return [
    `| phase | asked /s | 2xx/s | p50 ms | p99 ms | max ms | non-2xx | errors + timeouts | statuses |`,
    `|---|---|---|---|---|---|---|---|---|`,
    ...submissions.phases.map(
      (phase) =>
        `| ${phase.phase} | ${phase.overallRate ?? 'max'} | ${phase.throughputPerSecond} | ${phase.latencyP50Ms} | ${phase.latencyP99Ms} | ${phase.latencyMaxMs} | ${phase.non2xx} | ${phase.errors + phase.timeouts} | ${statuses(phase.statusCounts)} |`,
    ),
    '',
    `| check | figure | holds |`,
    `|---|---|---|`,
    `| every 2xx stored exactly once (${submissions.employees} employees, pulse ${submissions.pulseId}) | ${storage.acceptedPeople} people accepted, ${storage.responsesAdded} responses added (expected ${storage.expectedAdded}, up to ${storage.unansweredPeople} more in flight); ${storage.missing} missing, ${storage.unexpected} unexpected, ${storage.duplicated} duplicated | ${yes(storage.exactlyOnce)} |`,
    `| rollup equals its recomputation | ${submissions.rollups.differences} differences | ${yes(submissions.rollups.differences === 0)} |`,
    row(
      '1. an app server killed -9: errors only on its in-flight requests',
      results.appServerKilled,
      (app) =>
        `${app.server}: ${app.failed} failed (${app.failedInFlight} in flight on it, ${app.failedOtherwise} elsewhere) of ${app.submissionsAfterKill} after the kill; ${app.retriedElsewhere} retried on another server; restarted in ${app.restartSeconds} s, ${app.answeredAfterRestart} answered by it afterwards`,
    ),
    row(
      '2. the primary killed -9: failover < 30 s, writes again without a restart',
      results.primaryKilled,
      (primary) =>
        `${primary.killed} killed, ${primary.promoted} promoted after ${primary.failoverSeconds} s; writes again after ${primary.writesAgainSeconds} s (probes: ${statuses(primary.probeStatuses)}), at the full rate again after ${primary.fullRateAgainSeconds === null ? 'never' : `${primary.fullRateAgainSeconds} s`}; 2xx per server in the last 15 s ${JSON.stringify(primary.answeredAtTheEnd)}; ${primary.killed} back as standby ${primary.rejoinSeconds} s after its restart`,
    ),
    row(
      '3. the standby killed -9: reports right or 503',
      results.replicaStopped,
      (replica) =>
        `${replica.standby}: ${replica.reportReads} heatmap reads, ${replica.sameFigures} same figures, ${replica.unavailable} × 503, ${replica.wrong} wrong; back as standby ${replica.rejoinSeconds} s after its restart`,
    ),
    row(
      '4. thresholds and roles changed through one server hold on the next request to the others',
      results.settings,
      (settings) =>
        `k saved ${settings.thresholds.saved}, read ${JSON.stringify(settings.thresholds.seen)}; an employee's HR-only request ${JSON.stringify(settings.roleBefore)}; HR granted: old session ${JSON.stringify(settings.grantedOldSession)}, signed in again ${JSON.stringify(settings.grantedNewSession)}; revoked ${JSON.stringify(settings.revoked)}`,
    ),
    row(
      'read-your-writes on /me with the standby held behind',
      results.readYourWrites,
      (ryw) =>
        `standby ${ryw.standbyDelay} behind: ${ryw.sawOwnAnswer} of ${ryw.checks} saw their answer at once; the standby lacked it in ${ryw.standbyBehind}`,
    ),
    `| replication lag under the load (${lag.samples} samples) | replay lag p50 ${lag.replayLagMs.p50} ms, p95 ${lag.replayLagMs.p95} ms, max ${lag.replayLagMs.max} ms; behind p50 ${lag.behindBytes.p50} B, max ${lag.behindBytes.max} B; ${lag.secondsWithoutStandby} s without a streaming standby | — |`,
    ...Object.entries(results.failures).map(([phase, error]) => `| ${phase} did not finish | ${error} | **no** |`),
  ].join('\n');
}
