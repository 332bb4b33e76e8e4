import { jsonRoute } from '@/lib/server/next/json-route';
import { getAdminOverview } from '@/lib/server/admin/admin-overview';

export const GET = jsonRoute(({ viewer }) => getAdminOverview(viewer));
