import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLog, people } from '@/db/schema';

export interface AuditLogEntry {
  id: number;
  createdAt: Date;
  /** Null for the system itself (the demo seed) or a person who no longer exists. */
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEntriesQuery {
  action?: string;
  entity?: string;
  limit: number;
  offset: number;
}

/** One page of the audit log, newest first, filtered by action and entity, with how many entries match. */
export async function listAuditEntries(
  db: Database,
  query: AuditEntriesQuery,
): Promise<{ entries: AuditLogEntry[]; total: number }> {
  const where = and(
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
  );
  const [[total], entries] = await Promise.all([
    db.select({ value: count() }).from(auditLog).where(where),
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        actorName: people.name,
        actorEmail: people.email,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(people, eq(people.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(query.limit)
      .offset(query.offset),
  ]);
  return { entries, total: total?.value ?? 0 };
}

/** The actions and the entities the log holds, for the filters. */
export async function listAuditVocabulary(db: Database): Promise<{ actions: string[]; entities: string[] }> {
  const [actions, entities] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)),
  ]);
  return { actions: actions.map((row) => row.value), entities: entities.map((row) => row.value) };
}
