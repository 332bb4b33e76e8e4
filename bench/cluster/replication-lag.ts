import type postgres from 'postgres';
import { percentile, round } from '../support/stats';
import { sleep } from './postgres-nodes';

export interface LagSample {
  atMs: number;
  /** How long the standby took to replay what the primary wrote (pg_stat_replication.replay_lag; 0 when idle). */
  replayLagMs: number;
  /** WAL the primary wrote that the standby has not replayed yet. */
  behindBytes: number;
}

export interface LagSummary {
  samples: number;
  /** Seconds in which no standby was streaming (the standby stopped, or the primary changing). */
  secondsWithoutStandby: number;
  replayLagMs: { p50: number; p95: number; max: number };
  behindBytes: { p50: number; p95: number; max: number };
}

/**
 * Samples the standby's lag from the writable node's pg_stat_replication every `everyMs` until
 * `stop()`; `primary` is a pool that finds the writable node by itself, so the sampling follows a failover.
 */
export function sampleReplicationLag(primary: postgres.Sql, everyMs = 500) {
  const samples: LagSample[] = [];
  let withoutStandbyMs = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const rows = await primary<{ replayLagMs: number | null; behindBytes: string | null }[]>`
        select extract(epoch from replay_lag) * 1000 as "replayLagMs",
          pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text as "behindBytes"
        from pg_stat_replication where state = 'streaming'`.catch(() => []);
      const row = rows[0];
      if (row)
        samples.push({ atMs: started, replayLagMs: row.replayLagMs ?? 0, behindBytes: Number(row.behindBytes ?? 0) });
      else withoutStandbyMs += everyMs;
      await sleep(Math.max(0, everyMs - (Date.now() - started)));
    }
  })();
  return {
    /** Ends the sampling and sums up the samples outside the `left out` windows (epoch ms). */
    stop: async (leftOut: { from: number; to: number }[] = []): Promise<LagSummary> => {
      running = false;
      await loop;
      const kept = samples.filter(
        (sample) => !leftOut.some(({ from, to }) => sample.atMs >= from && sample.atMs <= to),
      );
      const spread = (values: number[]) => ({
        p50: round(percentile(values, 0.5)),
        p95: round(percentile(values, 0.95)),
        max: round(Math.max(...values)),
      });
      return {
        samples: kept.length,
        secondsWithoutStandby: round(withoutStandbyMs / 1000),
        replayLagMs: spread(kept.map((s) => s.replayLagMs)),
        behindBytes: spread(kept.map((s) => s.behindBytes)),
      };
    },
  };
}
