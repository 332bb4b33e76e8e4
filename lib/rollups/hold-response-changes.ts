import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

/**
 * Waits for every response being stored to commit and holds new ones until the transaction
 * ends. Take it before a change that rebuilds the rollups (a department moved in the tree, a team
 * to another department, old responses deleted): a response stored meanwhile would otherwise
 * apply its delta to units of the old tree after the rebuild.
 */
export async function holdResponseChanges(tx: Database): Promise<void> {
  await tx.execute(sql`lock table responses in share row exclusive mode`);
}
