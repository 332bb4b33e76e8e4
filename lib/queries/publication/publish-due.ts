import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { decideDuePeriods } from './decide-due-periods';
import { decideUndecidedQuestions } from './decide-undecided-questions';
import { fillPersonMeans } from './fill-person-means';
import { freezeSettledPulses } from './freeze-settled-pulses';

/** One lock for every server: publication runs once at a time, whoever asks. */
const PUBLICATION_LOCK = 7_300_417;

export interface PublicationRun {
  /** Pulses frozen, periods decided. */
  pulses: number;
  periods: number;
  /** Another server was publishing, and `wait` was off. */
  skipped: boolean;
}

/**
 * Publishes whatever has become final by `at` (the database's clock when absent): freezes settled
 * pulses, decides the question figures of periods decided before those were kept, then decides the
 * periods that are over (with their question figures) and fills their cells' person means. In one
 * transaction, so a run is all or nothing.
 * `wait: false` returns at once when another run holds the lock (a page should not queue behind it).
 */
export async function publishDue(db: Database, options: { at?: Date; wait?: boolean } = {}): Promise<PublicationRun> {
  return db.transaction(async (tx) => {
    if (options.wait === false) {
      const [row] = rowsOf<{ locked: boolean }>(
        await tx.execute(sql`select pg_try_advisory_xact_lock(${PUBLICATION_LOCK}) as locked`),
      );
      if (!row?.locked) return { pulses: 0, periods: 0, skipped: true };
    } else {
      await tx.execute(sql`select pg_advisory_xact_lock(${PUBLICATION_LOCK})`);
    }
    // A run reads a few pulses' answers out of years of them, through their indexes; at the
    // defaults the planner scans the whole answers table instead (6 s a pulse at 100,000 people,
    // 0.35 s by index), compiles each statement to machine code for longer than it runs, and
    // gives up hashing a period's atoms. Runs are one at a time (the lock), so the memory is bounded.
    await tx.execute(sql`set local random_page_cost = 1.1`);
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    const now = options.at ?? new Date(rowsOf<{ now: string }>(await tx.execute(sql`select now() as now`))[0]!.now);
    const pulses = await freezeSettledPulses(tx, now);
    await decideUndecidedQuestions(tx);
    const periods = await decideDuePeriods(tx, now);
    await fillPersonMeans(tx);
    return { pulses, periods, skipped: false };
  });
}
