import { jsonRoute } from '@/lib/api/json-route';
import { getTeamParticipation } from '@/lib/dal/team-participation';
import { teamIdSchema } from '@/lib/reports/report-query-schemas';

export const GET = jsonRoute<{ teamId: string }>(async ({ db, viewer, params }) => getTeamParticipation(db, viewer, teamIdSchema.parse(params.teamId)));
