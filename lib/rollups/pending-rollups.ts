import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type Send, pipelinedTransaction } from '@/db/pipelined-transaction';
import type { RollupDeltas } from './response-change-deltas';

/** Namespace of the advisory lock that lets one flush at a time fold pending deltas into the rollups. */
const FLUSH_LOCK_NAMESPACE = 2;

/**
 * Dead rows a process's flushes leave in the pending tables before it vacuums them. Every flush
 * deletes what it applies, so between vacuums the tables are almost all dead rows, which each
 * flush scans again; autovacuum visits a table at most once a minute (and is off on some
 * servers), by when a busy minute has left a million of them.
 */
const VACUUM_AFTER_DEAD_ROWS = 10_000;

/** Appends a response change's deltas in the response's own transaction: one statement, no shared rows. */
export async function queueRollupDeltas(send: Send, deltas: RollupDeltas): Promise<void> {
  await send(sql`
    with team_pulse as (
      insert into rollup_team_pulse_pending (team_id, pulse_id, respondents)
      select * from json_to_recordset(${JSON.stringify(deltas.teamPulse)}::json) as d(team_id int, pulse_id int, respondents int)
    ), unit_period as (
      insert into rollup_unit_period_pending (unit, period_kind, period_label, respondents)
      select * from json_to_recordset(${JSON.stringify(deltas.unitPeriod)}::json) as d(unit text, period_kind period_kind, period_label text, respondents int)
    )
    insert into rollup_unit_period_line_pending (unit, period_kind, period_label, line, score1, score2, score3, score4, score5)
    select * from json_to_recordset(${JSON.stringify(deltas.unitPeriodLine)}::json)
      as d(unit text, period_kind period_kind, period_label text, line smallint, score1 int, score2 int, score3 int, score4 int, score5 int)`);
}

/**
 * Moves every committed pending delta into the rollups in one transaction, one round trip, and
 * returns how many pending rows it took. Flushes queue on an advisory lock, so the rollup rows are
 * written by one flush at a time, in key order.
 */
async function applyPendingRollups(db: Database): Promise<number> {
  return pipelinedTransaction(db, async ({ send, commit }) => {
    const [, [taken]] = await Promise.all([
      send(sql`select pg_advisory_xact_lock(${FLUSH_LOCK_NAMESPACE}, 0)`),
      send<{ rows: number }>(sql`
        with team_pulse as (delete from rollup_team_pulse_pending returning *),
        team_pulse_applied as (
          insert into rollup_team_pulse as r (team_id, pulse_id, respondents)
          select team_id, pulse_id, sum(respondents) from team_pulse
          group by team_id, pulse_id having sum(respondents) <> 0 order by team_id, pulse_id
          on conflict (team_id, pulse_id) do update set respondents = r.respondents + excluded.respondents
        ),
        unit_period as (delete from rollup_unit_period_pending returning *),
        unit_period_applied as (
          insert into rollup_unit_period as r (unit, period_kind, period_label, respondents)
          select unit, period_kind, period_label, sum(respondents) from unit_period
          group by unit, period_kind, period_label having sum(respondents) <> 0 order by unit, period_kind, period_label
          on conflict (unit, period_kind, period_label) do update set respondents = r.respondents + excluded.respondents
        ),
        line as (delete from rollup_unit_period_line_pending returning *),
        line_applied as (
        insert into rollup_unit_period_line as r (unit, period_kind, period_label, line, score1, score2, score3, score4, score5)
        select unit, period_kind, period_label, line, sum(score1), sum(score2), sum(score3), sum(score4), sum(score5) from line
        group by unit, period_kind, period_label, line
        having sum(score1) <> 0 or sum(score2) <> 0 or sum(score3) <> 0 or sum(score4) <> 0 or sum(score5) <> 0
        order by unit, period_kind, period_label, line
        on conflict (unit, period_kind, period_label, line) do update set
          score1 = r.score1 + excluded.score1, score2 = r.score2 + excluded.score2, score3 = r.score3 + excluded.score3,
          score4 = r.score4 + excluded.score4, score5 = r.score5 + excluded.score5
        )
        select ((select count(*) from team_pulse) + (select count(*) from unit_period) + (select count(*) from line))::int as rows`),
      commit(),
    ]);
    return taken?.rows ?? 0;
  });
}

/** Frees the pending tables' dead rows; skipped when another process is vacuuming them already. */
async function vacuumPendingRollups(db: Database): Promise<void> {
  await db.execute(sql`vacuum (skip_locked) rollup_team_pulse_pending, rollup_unit_period_pending, rollup_unit_period_line_pending`);
}

interface FlushQueue {
  running: Promise<void> | null;
  /** The flush that will start when the running one ends; later callers share it. */
  next: Promise<void> | null;
  /** Pending rows this process's flushes deleted since its last vacuum of the pending tables. */
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
    .catch((error: unknown) => console.error('Vacuuming the pending rollup tables failed; the next one retries.', error))
    .finally(() => {
      state.vacuuming = false;
    });
}

/** Clears pending deltas; only for a rebuild, which recomputes the rollups from the raw tables. */
export async function discardPendingRollups(tx: Database): Promise<void> {
  await tx.execute(sql`truncate rollup_team_pulse_pending, rollup_unit_period_pending, rollup_unit_period_line_pending`);
}
