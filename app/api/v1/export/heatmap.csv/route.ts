import { errorResponse } from '@/lib/server/next/json-route';
import { exportHeatmapView } from '@/lib/server/reports/heatmap-export';
import { requireViewer } from '@/lib/server/access/session';
import { heatmapViewOptionsSchema } from '@/lib/domain/heatmap-views/heatmap-view-options';
import { heatmapQuerySchema, queryOf } from '@/lib/domain/reports/report-query-schemas';

/** One heatmap view as CSV, as the page shows it: HR any, a head their departments; recorded in the audit log. */
export async function GET(request: Request) {
  try {
    const viewer = await requireViewer();
    const query = queryOf(request);
    const { unit, period, at } = heatmapQuerySchema.parse(query);
    const options = heatmapViewOptionsSchema.parse(query);
    const exported = await exportHeatmapView(viewer, unit, period, at, options);
    const filename = `verbinding-heatmap-${unit.replace(':', '-')}-${exported.at ?? period}.csv`;
    return new Response(exported.csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
