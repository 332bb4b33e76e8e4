import 'server-only';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { recordEndedSession } from '@/lib/queries/sessions/record-ended-session';
import type { Viewer } from '@/lib/server/access/viewer';
import { type SignedInSession, absoluteSessionSeconds } from './session-lifetime';

/**
 * Signing out ends this session on the server, so a copy of its cookie no longer works. The record is
 * kept until the token would have expired anyway; older records go at the same time.
 */
export async function endSession(session: SignedInSession): Promise<void> {
  const expiresAt = new Date((session.authTime + absoluteSessionSeconds()) * 1000);
  await recordEndedSession(await getDb(), session, expiresAt);
}

/** "Sign out everywhere": every session of the viewer ends, on every device, this one included. */
export async function endEverySession(viewer: Viewer): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await endAllSessions(tx, viewer.personId);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'session.sign-out-everywhere',
      entity: 'session',
      entityId: viewer.personId,
    });
  });
}
