import { auditFilterSchema } from '@/lib/admin/admin-schemas';
import { jsonRoute } from '@/lib/api/json-route';
import { listAuditEntries } from '@/lib/dal/audit-log';
import { assertPermission } from '@/lib/dal/viewer';

/** GET /api/v1/admin/audit?action=&entity=&page= — the audit log, newest first, for admins. */
export const GET = jsonRoute(({ db, viewer, request }) => {
  // Refuse before reading the query, so that someone without access learns nothing from a 422.
  assertPermission(viewer, 'admin:manage');
  return listAuditEntries(db, viewer, auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
});
