import { sql } from 'drizzle-orm';
import type { Send } from '@/db/pipelined-transaction';

/** Namespace of the advisory locks that serialise one person's response changes. */
const RESPONSE_LOCK_NAMESPACE = 1;

/**
 * Serialises changes to one person's responses until the transaction ends, so that the
 * distinct-respondent rollups never count one person twice or not at all.
 */
export async function lockPersonResponses(send: Send, personId: number): Promise<void> {
  await send(sql`select pg_advisory_xact_lock(${RESPONSE_LOCK_NAMESPACE}, ${personId})`);
}
