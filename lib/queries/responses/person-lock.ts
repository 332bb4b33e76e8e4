import { sql } from 'drizzle-orm';
import type { Send } from '@/db/pipelined-transaction';

/** Namespace of the advisory locks that serialise one person's response changes. */
const RESPONSE_LOCK_NAMESPACE = 1;

/**
 * Serialises changes to one person's responses until the transaction ends, so that what a change
 * read of the person's response to the pulse (whether there is one, the team it counts in) still
 * holds when it writes. Without it two concurrent first submissions, a double click, would both
 * count the person in the team's respondents, and the second would fail on the answers of the
 * first, which it did not know to replace.
 */
export async function lockPersonResponses(send: Send, personId: number): Promise<void> {
  await send(sql`select pg_advisory_xact_lock(${RESPONSE_LOCK_NAMESPACE}, ${personId})`);
}
