import { auditQuerySchema } from '@/lib/domain/audit/audit-filter';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { requestAuditWording } from '@/lib/server/admin/request-audit-wording';
import { assertPermission } from '@/lib/server/access/viewer';
import { jsonRoute } from '@/lib/server/next/json-route';
import { parseQuery } from '@/lib/server/next/parse-query';
import { queryOf } from '@/lib/domain/reports/report-query-schemas';

/**
 * GET /api/v1/admin/audit?action=&person=&from=&to=&page= — the audit log for admins, newest first,
 * in the request's language; a filter that does not fit is a 422 that names it.
 */
export const GET = jsonRoute(async ({ viewer, request }) => {
  // Refuse before reading the query, so that someone without access learns nothing from a 422.
  assertPermission(viewer, 'admin:manage');
  return listAuditEntries(viewer, parseQuery(auditQuerySchema, queryOf(request)), await requestAuditWording());
});
