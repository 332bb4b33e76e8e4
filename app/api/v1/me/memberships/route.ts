import { jsonRoute } from '@/lib/server/next/json-route';
import { getMyMemberships } from '@/lib/server/me/my-profile';

export const GET = jsonRoute(async ({ viewer }) => ({ memberships: await getMyMemberships(viewer) }));
