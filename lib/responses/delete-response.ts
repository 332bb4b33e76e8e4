import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { responses } from '@/db/schema';
import { queueRollupDeltas } from '@/lib/rollups/pending-rollups';
import { rollupDeltas } from '@/lib/rollups/response-change-deltas';
import { lockPersonResponses } from './person-lock';
import { loadResponseState } from './response-state';
import { settleRollups } from './settle-rollups';

/** Deletes one response with its answers and comment, and takes it out of the rollups, in one transaction. */
export async function deleteResponse(db: Database, responseId: number): Promise<boolean> {
  const deleted = await db.transaction(async (tx) => {
    const [owner] = await tx.select({ personId: responses.personId, pulseId: responses.pulseId }).from(responses).where(eq(responses.id, responseId));
    if (!owner) return false;
    const [, state] = await Promise.all([lockPersonResponses(tx, owner.personId), loadResponseState(tx, { ...owner, teamId: null })]);
    if (state.existing?.id !== responseId) return false;
    await tx.delete(responses).where(eq(responses.id, responseId));
    await queueRollupDeltas(tx, rollupDeltas({ pulseId: owner.pulseId, periods: state.periods, before: state.existing.snapshot, after: null }, state));
    return true;
  });
  if (deleted) await settleRollups(db);
  return deleted;
}
