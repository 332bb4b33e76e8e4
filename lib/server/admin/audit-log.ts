import 'server-only';
import { getDb } from '@/db';
import { AUDIT_PAGE_SIZE, type AuditFilter } from '@/lib/domain/admin/admin-schemas';
import {
  type AuditLogEntry,
  listAuditEntries as readAuditEntries,
  listAuditVocabulary,
} from '@/lib/queries/audit/list-audit-entries';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { AuditLogEntry };

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
export async function listAuditEntries(viewer: Viewer, filter: AuditFilter): Promise<AuditLogPage> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  const query = {
    action: filter.action,
    entity: filter.entity,
    limit: AUDIT_PAGE_SIZE,
    offset: (filter.page - 1) * AUDIT_PAGE_SIZE,
  };
  const [{ entries, total }, { actions, entities }] = await Promise.all([
    readAuditEntries(db, query),
    listAuditVocabulary(db),
  ]);
  return {
    entries,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions,
    entities,
  };
}
