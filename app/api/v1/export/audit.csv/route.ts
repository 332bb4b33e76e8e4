import { auditQuerySchema } from '@/lib/domain/audit/audit-filter';
import { exportAuditLog } from '@/lib/server/admin/audit-log';
import { requestAuditWording } from '@/lib/server/admin/request-audit-wording';
import { requireViewer } from '@/lib/server/access/session';
import { errorResponse } from '@/lib/server/next/json-route';
import { parseQuery } from '@/lib/server/next/parse-query';

/** The audit log as the page filters it, as CSV in the reader's language, for admins; recorded in the log. */
export async function GET(request: Request) {
  try {
    const viewer = await requireViewer('admin:manage');
    const csv = await exportAuditLog(viewer, parseQuery(auditQuerySchema, request), await requestAuditWording());
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="verbinding-audit-${day}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
