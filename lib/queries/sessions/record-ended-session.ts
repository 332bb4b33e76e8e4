import { lt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { endedSessions } from '@/db/schema';

/**
 * Records a signed-out session until `expiresAt`, when its token would have expired anyway, and
 * forgets the records whose tokens have expired by now.
 */
export async function recordEndedSession(
  db: Database,
  session: { sessionId: string; personId: number },
  expiresAt: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(endedSessions)
      .values({ sessionId: session.sessionId, personId: session.personId, expiresAt })
      .onConflictDoNothing();
    await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date()));
  });
}
