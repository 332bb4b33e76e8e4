import { jsonRoute } from '@/lib/api/json-route';
import { getAdminOverview } from '@/lib/dal/admin-overview';

export const GET = jsonRoute(({ db, viewer }) => getAdminOverview(db, viewer));
