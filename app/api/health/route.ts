import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { jsonResponse } from '@/lib/server/next/json-response';

export const dynamic = 'force-dynamic';

/** 200 when the database answers within two seconds, 503 otherwise. */
export async function GET() {
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000)),
    ]);
    return jsonResponse({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return jsonResponse({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
