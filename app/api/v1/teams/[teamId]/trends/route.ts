import { jsonRoute } from '@/lib/server/next/json-route';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { queryOf, teamIdSchema, trendsQuerySchema } from '@/lib/domain/reports/report-query-schemas';

export const GET = jsonRoute<{ teamId: string }>(async ({ viewer, request, params }) => {
  const teamId = teamIdSchema.parse(params.teamId);
  const { period } = trendsQuerySchema.parse(queryOf(request));
  return getTeamTrends(viewer, teamId, period);
});
