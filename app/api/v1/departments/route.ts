import { jsonRoute } from '@/lib/server/next/json-route';
import { getOrganisationTree } from '@/lib/server/organisation/organisation-overview';

export const GET = jsonRoute(async ({ viewer }) => ({ departments: await getOrganisationTree(viewer) }));
