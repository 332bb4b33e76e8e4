import { jsonRoute } from '@/lib/api/json-route';
import { listRoleHolders } from '@/lib/dal/role-management';

/** GET /api/v1/admin/roles — everyone who holds HR or admin, for admins. */
export const GET = jsonRoute(async ({ db, viewer }) => ({ people: await listRoleHolders(db, viewer) }));
