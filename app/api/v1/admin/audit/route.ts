import { auditFilterSchema } from '@/lib/domain/admin/admin-schemas';
import { jsonRoute } from '@/lib/server/next/json-route';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { assertPermission } from '@/lib/server/access/viewer';

/** GET /api/v1/admin/audit?action=&entity=&page= — the audit log, newest first, for admins. */
export const GET = jsonRoute(({ viewer, request }) => {
  // Refuse before reading the query, so that someone without access learns nothing from a 422.
  assertPermission(viewer, 'admin:manage');
  return listAuditEntries(viewer, auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
});
