import { jsonRoute } from '@/lib/api/json-route';
import { getHeatmap } from '@/lib/dal/reports';
import { heatmapQuerySchema, queryOf } from '@/lib/reports/report-query-schemas';

export const GET = jsonRoute(async ({ readDb, viewer, request }) => {
  const { unit, period, at } = heatmapQuerySchema.parse(queryOf(request));
  return getHeatmap(readDb, viewer, unit, period, at);
});
