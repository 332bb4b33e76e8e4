import 'server-only';
import { lt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { endedSessions } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import type { Viewer } from '@/lib/server/access/viewer';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { type SignedInSession, absoluteSessionSeconds } from './session-lifetime';

/**
 * Signing out ends this session on the server, so a copy of its cookie no longer works. The record is
 * kept until the token would have expired anyway; older records go at the same time.
 */
export async function endSession(db: Database, session: SignedInSession): Promise<void> {
  const expiresAt = new Date((session.authTime + absoluteSessionSeconds()) * 1000);
  await db.transaction(async (tx) => {
    await tx.insert(endedSessions).values({ sessionId: session.sessionId, personId: session.personId, expiresAt }).onConflictDoNothing();
    await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date()));
  });
}

/** "Sign out everywhere": every session of the viewer ends, on every device, this one included. */
export async function endEverySession(db: Database, viewer: Viewer): Promise<void> {
  await db.transaction(async (tx) => {
    await endAllSessions(tx, viewer.personId);
    await recordAudit(tx, { actorId: viewer.personId, action: 'session.sign-out-everywhere', entity: 'session', entityId: viewer.personId });
  });
}
