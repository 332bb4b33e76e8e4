import { jsonRoute } from '@/lib/server/next/json-route';
import { getHeatmap } from '@/lib/server/reports/reports';
import { heatmapQuerySchema, queryOf } from '@/lib/domain/reports/report-query-schemas';

export const GET = jsonRoute(async ({ readDb, viewer, request }) => {
  const { unit, period, at } = heatmapQuerySchema.parse(queryOf(request));
  return getHeatmap(readDb, viewer, unit, period, at);
});
