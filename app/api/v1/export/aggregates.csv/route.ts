import { errorResponse } from '@/lib/server/next/json-route';
import { exportAggregates } from '@/lib/server/reports/reports';
import { requireViewer } from '@/lib/server/access/session';

export async function GET() {
  try {
    const viewer = await requireViewer('org:view');
    const csv = await exportAggregates(viewer);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="verbinding-aggregates-${day}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
