import { jsonRoute } from '@/lib/api/json-route';
import { getHeatmap } from '@/lib/dal/reports';
import { heatmapQuerySchema, queryOf } from '@/lib/reports/report-query-schemas';

export const GET = jsonRoute(async ({ db, viewer, request }) => {
  const { unit, period, at } = heatmapQuerySchema.parse(queryOf(request));
  return getHeatmap(db, viewer, unit, period, at);
});
