import { checkDatabase } from '@/lib/server/health/check-database';
import { jsonResponse } from '@/lib/server/next/json-response';

export const dynamic = 'force-dynamic';

/** 200 when the database answers within two seconds, 503 otherwise. */
export async function GET() {
  try {
    await checkDatabase();
    return jsonResponse({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return jsonResponse({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
