import { jsonRoute } from '@/lib/server/next/json-route';
import { listRoleHolders } from '@/lib/server/people/role-management';

/** GET /api/v1/admin/roles — everyone who holds HR or admin, for admins. */
export const GET = jsonRoute(async ({ viewer }) => ({ people: await listRoleHolders(viewer) }));
