import 'server-only';
import { subMonths } from 'date-fns';
import { getDb } from '@/db';
import type { RetentionInput } from '@/lib/domain/admin/admin-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { publishDue } from '@/lib/queries/publication/publish-due';
import { countExpiredMonths, deleteExpiredResponses } from '@/lib/queries/responses/expired-months';
import { holdResponseChanges } from '@/lib/queries/rollups/hold-response-changes';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface RetentionOutcome {
  months: number;
  /** Every pulse of a removed month closed before this moment. */
  cutoff: Date;
  /** The months whose answers and comments go, oldest first. */
  periods: string[];
  pulses: number;
  responses: number;
  deleted: boolean;
}

/**
 * Counts, or with `confirm: 'delete'` deletes, the responses — with their answers and comments — of
 * whole months all of whose pulses closed more than `months` months ago, and only once everything
 * their quarter holds is published. Published figures are kept as they are, so no shown
 * figure changes; the comments of a removed month leave every view of it at once, never in part.
 * The pulses and their questions stay.
 */
export async function applyRetention(
  viewer: Viewer,
  input: RetentionInput,
  now = new Date(),
): Promise<RetentionOutcome> {
  assertPermission(viewer, 'admin:manage');
  const cutoff = subMonths(now, input.months);
  const db = await getDb();
  await publishDue(db);
  return db.transaction(async (tx) => {
    if (input.confirm === 'delete') await holdResponseChanges(tx);
    const outcome = { months: input.months, cutoff, ...(await countExpiredMonths(tx, cutoff)), deleted: false };
    if (input.confirm !== 'delete') return outcome;
    await deleteExpiredResponses(tx, cutoff);
    await rebuildRollups(tx);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'retention.delete',
      entity: 'responses',
      after: {
        months: outcome.months,
        cutoff,
        periods: outcome.periods,
        pulses: outcome.pulses,
        responses: outcome.responses,
      },
    });
    return { ...outcome, deleted: true };
  });
}
