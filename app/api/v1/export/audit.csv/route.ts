import { auditExportQuerySchema } from '@/lib/domain/audit/audit-filter';
import { csvDialectOf } from '@/lib/domain/csv/csv-dialect';
import { CONTENT_TYPES } from '@/lib/domain/exports/export-request';
import { exportAuditLog } from '@/lib/server/admin/audit-log';
import { requestAuditWording } from '@/lib/server/admin/request-audit-wording';
import { fileRoute } from '@/lib/server/next/file-route';
import { parseQuery } from '@/lib/server/next/parse-query';

/** The audit log as the page filters it, as CSV in the reader's language and dialect, for admins; recorded in the log. */
export const GET = fileRoute(async ({ viewer, locale, query }) => {
  const { separator, decimal, ...filter } = parseQuery(auditExportQuerySchema, query);
  const csv = await exportAuditLog(
    viewer,
    filter,
    await requestAuditWording(),
    csvDialectOf(locale, { separator, decimal }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return { body: csv, contentType: CONTENT_TYPES.csv, filename: `verbinding-audit-${day}.csv` };
}, 'admin:manage');
