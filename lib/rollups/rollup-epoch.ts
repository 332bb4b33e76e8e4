import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';

export const ROLLUP_EPOCH_KEY = 'rollup-epoch';

/**
 * A number that changes whenever closed pulses' rollups may have changed (a rebuild after a
 * reorganisation or retention), so that anything derived from them can be cached until then.
 */
export async function readRollupEpoch(db: Database): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ROLLUP_EPOCH_KEY));
  return epochFromSetting(row?.value);
}

export const epochFromSetting = (value: unknown): number => (typeof value === 'number' ? value : 0);

export async function bumpRollupEpoch(tx: Database): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: ROLLUP_EPOCH_KEY, value: 1 })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`to_jsonb(coalesce((${settings.value})::text::int, 0) + 1)`, updatedAt: sql`now()` } });
}
