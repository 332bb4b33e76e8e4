import type { Database } from '@/db/client';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import type { Lock } from '@/lib/queries/auth/sign-in-throttle-store';

/** A person signed in; `method` is 'password' or the single sign-on provider's id. */
export async function recordSignIn(db: Database, personId: number, method: string): Promise<void> {
  await recordAudit(db, {
    actorId: personId,
    action: 'session.sign-in',
    entity: 'session',
    entityId: personId,
    after: { method },
  });
}

/**
 * Failures locked an account or an address. The entry names the person when the email is theirs,
 * and nothing else: never the email that was typed (it may belong to nobody), never a password.
 */
export async function recordLock(db: Database, lock: Lock, personId: number | null): Promise<void> {
  await recordAudit(db, {
    actorId: null,
    action: 'session.lock',
    entity: 'session',
    entityId: lock.scope === 'account' ? personId : null,
    after: { scope: lock.scope, until: lock.until.toISOString() },
  });
}
