import { jsonRoute } from '@/lib/api/json-route';
import { getMyProfile } from '@/lib/dal/my-profile';

export const GET = jsonRoute(({ db, viewer }) => getMyProfile(db, viewer));
