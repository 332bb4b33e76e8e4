import { jsonRoute } from '@/lib/server/next/json-route';
import { getMyTeamScore } from '@/lib/server/me/my-team-score';

/** The connection score of the viewer's current team in its latest published month, or why there is none. */
export const GET = jsonRoute(({ viewer }) => getMyTeamScore(viewer));
