import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people } from '@/db/schema';

type Executor = Pick<Database, 'update'>;

/** Ends every session the person has, on every device: their next request finds them signed out. */
export async function endAllSessions(tx: Executor, personId: number): Promise<void> {
  await tx
    .update(people)
    .set({ sessionVersion: sql`${people.sessionVersion} + 1` })
    .where(eq(people.id, personId));
}
