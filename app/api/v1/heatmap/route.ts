import { jsonRoute } from '@/lib/server/next/json-route';
import { getHeatmap } from '@/lib/server/reports/reports';
import { heatmapQuerySchema, queryOf } from '@/lib/domain/reports/report-query-schemas';

export const GET = jsonRoute(async ({ viewer, request }) => {
  const { unit, period, at } = heatmapQuerySchema.parse(queryOf(request));
  return getHeatmap(viewer, unit, period, at);
});
