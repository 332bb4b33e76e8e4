import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pipelinedTransaction } from '@/db/pipelined-transaction';
import { queueRollupDeltas } from '@/lib/queries/rollups/pending-rollups';
import { teamPulseDeltas } from '@/lib/domain/rollups/response-change-deltas';
import { lockPersonResponses } from './person-lock';
import { loadResponseState } from './response-state';
import { settleRollups } from './settle-rollups';

/** Deletes one response with its answers and comment, and takes it out of the rollup, in one transaction. */
export async function deleteResponse(db: Database, responseId: number): Promise<boolean> {
  const deleted = await pipelinedTransaction(db, async ({ send }) => {
    const [owner] = await send<{ personId: number; pulseId: number }>(
      sql`select person_id as "personId", pulse_id as "pulseId" from responses where id = ${responseId}`,
    );
    if (!owner) return false;
    const [, state] = await Promise.all([
      lockPersonResponses(send, owner.personId),
      loadResponseState(send, { ...owner, joining: null }),
    ]);
    if (!state || state.existing?.id !== responseId) return false;
    await Promise.all([
      send(sql`delete from responses where id = ${responseId}`),
      queueRollupDeltas(send, teamPulseDeltas({ pulseId: owner.pulseId, before: state.existing.teamId, after: null })),
    ]);
    return true;
  });
  if (deleted) await settleRollups(db);
  return deleted;
}
