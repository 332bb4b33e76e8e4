import { jsonRoute } from '@/lib/server/next/json-route';
import { listTeamsInScope } from '@/lib/server/team/leader-teams';

export const GET = jsonRoute(async ({ viewer }) => ({ teams: await listTeamsInScope(viewer) }));
