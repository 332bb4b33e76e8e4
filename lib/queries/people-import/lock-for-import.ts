import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

/** One import at a time, and no department created alongside it, until the transaction ends. */
export async function lockForImport(tx: Database): Promise<void> {
  await tx.execute(sql`lock table departments in share row exclusive mode`);
}
