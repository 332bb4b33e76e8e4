import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';

export const ROLLUP_EPOCH_KEY = 'rollup-epoch';

/**
 * The rollup epoch a stored setting holds (0 before the first rebuild): a number that changes
 * whenever closed pulses' rollups may have changed (a rebuild after a reorganisation or
 * retention), so that anything derived from them can be cached until then. Reports read it with
 * their base (lib/reports/report-base.ts).
 */
export const epochFromSetting = (value: unknown): number => (typeof value === 'number' ? value : 0);

export async function bumpRollupEpoch(tx: Database): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: ROLLUP_EPOCH_KEY, value: 1 })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`to_jsonb(coalesce((${settings.value})::text::int, 0) + 1)`, updatedAt: sql`now()` } });
}
