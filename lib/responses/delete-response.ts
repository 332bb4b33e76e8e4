import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, responses } from '@/db/schema';
import { applyResponseChange } from '@/lib/rollups/apply-response-change';
import { lockPersonResponses } from './person-lock';
import { loadSnapshot } from './response-snapshot';

/** Deletes one response with its answers and comment, and takes it out of the rollups, in one transaction. */
export async function deleteResponse(db: Database, responseId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [owner] = await tx.select({ personId: responses.personId }).from(responses).where(eq(responses.id, responseId));
    if (!owner) return false;
    await lockPersonResponses(tx, owner.personId);
    const [found] = await tx.select().from(responses).where(eq(responses.id, responseId));
    if (!found) return false;
    const before = await loadSnapshot(tx, found.id, found.teamId);
    const [periods] = await tx.select({ week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel }).from(pulses).where(eq(pulses.id, found.pulseId));
    await tx.delete(responses).where(eq(responses.id, responseId));
    await applyResponseChange(tx, { responseId, pulseId: found.pulseId, periods: periods!, personId: found.personId, before, after: null });
    return true;
  });
}
