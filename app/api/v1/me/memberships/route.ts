import { jsonRoute } from '@/lib/api/json-route';
import { getMyMemberships } from '@/lib/dal/my-profile';

export const GET = jsonRoute(async ({ db, viewer }) => ({ memberships: await getMyMemberships(db, viewer) }));
