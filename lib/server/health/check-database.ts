import 'server-only';
import { getDb } from '@/db';
import { ping } from '@/lib/queries/health/ping';

/** Resolves when the database answers within `timeoutMs` of being asked; rejects otherwise. */
export async function checkDatabase(timeoutMs = 2000): Promise<void> {
  const db = await getDb();
  await Promise.race([
    ping(db),
    new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), timeoutMs)),
  ]);
}
