import type { Database } from '@/db/client';
import { flushPendingRollups } from '@/lib/queries/rollups/pending-rollups';

/**
 * Applies the deltas a response change just committed before the caller answers, so that the
 * person's next page shows them. A failure here loses nothing: the deltas stay pending and the
 * next flush applies them; the response itself is stored.
 */
export async function settleRollups(db: Database): Promise<void> {
  await flushPendingRollups(db).catch((error: unknown) =>
    console.error('Applying pending rollup deltas failed; the next flush retries.', error),
  );
}
