import { jsonRoute } from '@/lib/server/next/json-route';
import { getTeamParticipation } from '@/lib/server/team/team-participation';
import { teamIdSchema } from '@/lib/domain/reports/report-query-schemas';

export const GET = jsonRoute<{ teamId: string }>(async ({ viewer, params }) =>
  getTeamParticipation(viewer, teamIdSchema.parse(params.teamId)),
);
