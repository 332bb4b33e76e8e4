import 'server-only';
import type { CsvDialect } from '@/lib/domain/csv/csv-dialect';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { auditCsv } from '@/lib/domain/audit/audit-csv';
import { type ReadableAuditEntry, readableAuditEntry } from '@/lib/domain/audit/audit-entry-words';
import { AUDIT_EXPORT_LIMIT, AUDIT_PAGE_SIZE, type AuditFilter, auditRange } from '@/lib/domain/audit/audit-filter';
import { auditReferences } from '@/lib/domain/audit/audit-references';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';
import { loadAuditNames } from '@/lib/queries/audit/audit-names';
import { listAuditEntries as readAuditEntries } from '@/lib/queries/audit/list-audit-entries';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { ReadableAuditEntry };

export interface AuditLogPage {
  entries: ReadableAuditEntry[];
  total: number;
  page: number;
  pageCount: number;
}

async function readableEntries(db: Database, filter: AuditFilter, w: AuditWording, limit: number, offset: number) {
  const { entries, total } = await readAuditEntries(db, {
    action: filter.action,
    person: filter.person,
    ...auditRange(filter),
    limit,
    offset,
  });
  const names = await loadAuditNames(db, auditReferences(entries));
  return { entries: entries.map((entry) => readableAuditEntry(w, names, entry)), total };
}

/** The audit log for admins, newest first, filtered, one page at a time, in the reader's words. */
export async function listAuditEntries(viewer: Viewer, filter: AuditFilter, w: AuditWording): Promise<AuditLogPage> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  const { entries, total } = await readableEntries(db, filter, w, AUDIT_PAGE_SIZE, (filter.page - 1) * AUDIT_PAGE_SIZE);
  return { entries, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/**
 * Every entry the filter finds (the newest {@link AUDIT_EXPORT_LIMIT}), as the page lists them, as
 * CSV; the export itself is recorded in the log.
 */
export async function exportAuditLog(
  viewer: Viewer,
  filter: AuditFilter,
  w: AuditWording,
  dialect: CsvDialect,
): Promise<string> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  const { entries } = await readableEntries(db, filter, w, AUDIT_EXPORT_LIMIT, 0);
  const csv = auditCsv(
    entries,
    {
      at: w.t('audit.csv.at'),
      who: w.t('audit.who'),
      email: w.t('audit.csv.email'),
      action: w.t('audit.what'),
      subject: w.t('audit.subject'),
      changes: w.t('audit.details'),
    },
    dialect,
  );
  await recordAudit(db, {
    actorId: viewer.personId,
    action: 'export.audit',
    entity: 'audit',
    after: { ...filterWords(filter), rows: entries.length },
  });
  return csv;
}

/** The filter's fields that narrow the log, for the export's own entry. */
function filterWords({ action, person, from, to }: AuditFilter): Partial<AuditFilter> {
  return Object.fromEntries(Object.entries({ action, person, from, to }).filter(([, value]) => value !== ''));
}
