import { jsonRoute } from '@/lib/api/json-route';
import { listTeamsInScope } from '@/lib/dal/leader-teams';

export const GET = jsonRoute(async ({ db, viewer }) => ({ teams: await listTeamsInScope(db, viewer) }));
