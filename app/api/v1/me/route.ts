import { jsonRoute } from '@/lib/server/next/json-route';
import { getMyProfile } from '@/lib/server/me/my-profile';

export const GET = jsonRoute(({ viewer }) => getMyProfile(viewer));
