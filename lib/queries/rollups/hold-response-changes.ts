import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

/**
 * Waits for every response change that has begun writing to commit, and holds back the writes of
 * new ones until the transaction ends: for a bulk delete of responses that then rebuilds the rollup
 * (lib/server/admin/retention.ts), so that no response change lands between the two.
 */
export async function holdResponseChanges(tx: Database): Promise<void> {
  await tx.execute(sql`lock table responses in share row exclusive mode`);
}
