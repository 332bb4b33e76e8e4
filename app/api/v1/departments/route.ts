import { jsonRoute } from '@/lib/api/json-route';
import { getOrganisationTree } from '@/lib/dal/organisation-overview';

export const GET = jsonRoute(async ({ db, viewer }) => ({ departments: await getOrganisationTree(db, viewer) }));
