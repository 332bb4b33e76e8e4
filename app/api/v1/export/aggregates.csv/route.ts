import { getDb, getReadDb } from '@/db';
import { errorResponse } from '@/lib/api/json-route';
import { exportAggregates } from '@/lib/dal/reports';
import { requireViewer } from '@/lib/dal/session';

export async function GET() {
  try {
    const viewer = await requireViewer('org:view');
    const csv = await exportAggregates(await getDb(), viewer, await getReadDb());
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
