import type { Database } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AuditAction, AuditEntity } from '@/lib/domain/audit/audit-actions';

export interface AuditRecord {
  /** The person who made the change; null for the system itself. */
  actorId: number | null;
  /** The SCIM token the change came through, when an identity provider made it (actorId is then null). */
  scimTokenId?: number | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Who makes a change: a person, or an identity provider through its SCIM token. */
export type AuditActor = { personId: number } | { scimTokenId: number };

/** The entry's columns for who made the change. */
export function auditActorOf(actor: AuditActor): Pick<AuditRecord, 'actorId' | 'scimTokenId'> {
  return 'personId' in actor ? { actorId: actor.personId } : { actorId: null, scimTokenId: actor.scimTokenId };
}

/**
 * Writes one audit entry. Pass the transaction that makes the change, so that the change and its
 * record are stored together or not at all.
 */
export async function recordAudit(db: Database, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    actorId: record.actorId,
    scimTokenId: record.scimTokenId ?? null,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    before: record.before ?? null,
    after: record.after ?? null,
  });
}
