import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLog, people } from '@/db/schema';
import { AUDIT_PAGE_SIZE, type AuditFilter } from '@/lib/domain/admin/admin-schemas';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

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

export interface AuditLogPage {
  entries: AuditLogEntry[];
  total: number;
  page: number;
  pageCount: number;
  /** The actions and entities the log holds, for the filters. */
  actions: string[];
  entities: string[];
}

/** The audit log for admins, newest first, filtered by action and entity, one page at a time. */
export async function listAuditEntries(db: Database, viewer: Viewer, filter: AuditFilter): Promise<AuditLogPage> {
  assertPermission(viewer, 'admin:manage');
  const where = and(filter.action ? eq(auditLog.action, filter.action) : undefined, filter.entity ? eq(auditLog.entity, filter.entity) : undefined);
  const [[total], entries, actions, entities] = await Promise.all([
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
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)),
  ]);
  const value = total?.value ?? 0;
  return {
    entries,
    total: value,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(value / AUDIT_PAGE_SIZE)),
    actions: actions.map((row) => row.value),
    entities: entities.map((row) => row.value),
  };
}
