import 'server-only';
import { subMonths } from 'date-fns';
import { count, inArray, lt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, responses } from '@/db/schema';
import type { RetentionInput } from '@/lib/admin/admin-schemas';
import { recordAudit } from '@/lib/audit/record-audit';
import { holdResponseChanges } from '@/lib/rollups/hold-response-changes';
import { rebuildRollups } from '@/lib/rollups/rebuild-rollups';
import { type Viewer, assertPermission } from './viewer';

export interface RetentionOutcome {
  months: number;
  /** Responses to pulses that closed before this moment are (or would be) deleted. */
  cutoff: Date;
  pulses: number;
  responses: number;
  deleted: boolean;
}

/**
 * Counts, or with `confirm: 'delete'` deletes, the responses to every pulse that closed more than
 * `months` months ago — with their answers and comments — and rebuilds the rollups in the same
 * transaction. Whole pulses go, so no period keeps a part of its answers. The pulses themselves
 * and their questions stay.
 */
export async function applyRetention(db: Database, viewer: Viewer, input: RetentionInput, now = new Date()): Promise<RetentionOutcome> {
  assertPermission(viewer, 'admin:manage');
  const cutoff = subMonths(now, input.months);
  return db.transaction(async (tx) => {
    if (input.confirm === 'delete') await holdResponseChanges(tx);
    const old = tx.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, cutoff));
    const [[pulseCount], [responseCount]] = await Promise.all([
      tx.select({ value: count() }).from(pulses).where(lt(pulses.closesAt, cutoff)),
      tx.select({ value: count() }).from(responses).where(inArray(responses.pulseId, old)),
    ]);
    const outcome = { months: input.months, cutoff, pulses: pulseCount?.value ?? 0, responses: responseCount?.value ?? 0, deleted: false };
    if (input.confirm !== 'delete') return outcome;
    await tx.delete(responses).where(inArray(responses.pulseId, old));
    await rebuildRollups(tx);
    await recordAudit(tx, { actorId: viewer.personId, action: 'retention.delete', entity: 'responses', after: { months: outcome.months, cutoff, pulses: outcome.pulses, responses: outcome.responses } });
    return { ...outcome, deleted: true };
  });
}
