import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type Send, pipelinedTransaction } from '@/db/pipelined-transaction';
import type { TeamPulseDelta } from '@/lib/domain/rollups/response-change-deltas';

/** Namespace of the advisory lock that lets one flush at a time fold pending deltas into the rollup. */
const FLUSH_LOCK_NAMESPACE = 2;

/**
 * Changes a process's flushes leave dead in the pending table before it vacuums it. Every flush
 * deletes what it applies, so between vacuums the table is almost all dead rows, which each flush
 * scans again; autovacuum visits a table at most once a minute (and is off on some servers), by
 * when a busy minute has left tens of thousands of them.
 */
const VACUUM_AFTER_DEAD_ROWS = 500;

/** Appends a response change's deltas in the response's own transaction: one row, no shared rows. */
export async function queueRollupDeltas(send: Send, deltas: readonly TeamPulseDelta[]): Promise<void> {
  await send(sql`insert into rollup_deltas_pending (team_pulse) values (${JSON.stringify(deltas)}::json)`);
}

/**
 * Moves every committed pending change into the rollup in one transaction, one round trip, and
 * returns how many it took. Flushes queue on an advisory lock, so the rollup rows are written by
 * one flush at a time, in key order. Deltas of a team or pulse deleted since are dropped with it.
 */
async function applyPendingRollups(db: Database): Promise<number> {
  return pipelinedTransaction(db, async ({ send, commit }) => {
    const [, , [taken]] = await Promise.all([
      // Lost in a crash, a flush is lost whole: the pending rows it deleted come back with the
      // rollup as it was, and the next flush applies them. So it need not wait for the disk.
      send(sql`set local synchronous_commit = off`),
      send(sql`select pg_advisory_xact_lock(${FLUSH_LOCK_NAMESPACE}, 0)`),
      send<{ changes: number }>(sql`
        with taken as (delete from rollup_deltas_pending returning team_pulse),
        applied as (
          insert into rollup_team_pulse as r (team_id, pulse_id, respondents)
          select d.team_id, d.pulse_id, sum(d.respondents)
          from taken, json_to_recordset(taken.team_pulse) as d(team_id int, pulse_id int, respondents int)
          where exists (select from teams where id = d.team_id) and exists (select from pulses where id = d.pulse_id)
          group by d.team_id, d.pulse_id having sum(d.respondents) <> 0 order by d.team_id, d.pulse_id
          on conflict (team_id, pulse_id) do update set respondents = r.respondents + excluded.respondents
        )
        select count(*)::int as changes from taken`),
      commit(),
    ]);
    return taken?.changes ?? 0;
  });
}

/** Frees the pending table's dead rows; skipped when another process is vacuuming it already. */
async function vacuumPendingRollups(db: Database): Promise<void> {
  await db.execute(sql`vacuum (skip_locked) rollup_deltas_pending`);
}

interface FlushQueue {
  running: Promise<void> | null;
  /** The flush that will start when the running one ends; later callers share it. */
  next: Promise<void> | null;
  /** Pending changes this process's flushes deleted since its last vacuum of the pending table. */
  deadRows: number;
  vacuuming: boolean;
}

const queues = new WeakMap<Database, FlushQueue>();

/**
 * Resolves once a flush that started after this call has applied every delta committed before
 * it. Callers in one process share flushes, so under load one flush serves many submissions.
 */
export function flushPendingRollups(db: Database): Promise<void> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { running: null, next: null, deadRows: 0, vacuuming: false }));
  if (queue.next) return queue.next;
  const state = queue;
  const next: Promise<void> = (state.running ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      state.running = next;
      state.next = null;
      return applyPendingRollups(db);
    })
    .then((taken) => {
      state.deadRows += taken;
      if (state.deadRows >= VACUUM_AFTER_DEAD_ROWS && !state.vacuuming) startVacuum(db, state);
    })
    .finally(() => {
      if (state.running === next) state.running = null;
    });
  state.next = next;
  return next;
}

/** Vacuums in the background: the flushes go on meanwhile, and the requests waiting on them. */
function startVacuum(db: Database, state: FlushQueue): void {
  state.deadRows = 0;
  state.vacuuming = true;
  vacuumPendingRollups(db)
    .catch((error: unknown) => console.error('Vacuuming the pending rollup table failed; the next one retries.', error))
    .finally(() => {
      state.vacuuming = false;
    });
}

/** Clears pending deltas; only for a rebuild, which recomputes the rollup from the raw tables. */
export async function discardPendingRollups(tx: Database): Promise<void> {
  await tx.execute(sql`truncate rollup_deltas_pending`);
}
