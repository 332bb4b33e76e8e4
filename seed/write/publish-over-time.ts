import type { Sql } from 'postgres';
import type { Database } from '@/db/client';
import { SETTLE_SECONDS } from '@/lib/domain/anonymity/periods-due';
import { publishDue } from '@/lib/queries/publication/publish-due';

const PUBLISHED_TABLES = [
  'published_pulses',
  'published_atoms',
  'published_atom_items',
  'published_periods',
  'published_cells',
  'published_cell_atoms',
  'published_cell_items',
];

/**
 * Publishes as the app's periodic job would have over the seeded history: once each pulse has
 * closed and settled, and once today, each run its own transaction, so every decision weighs what
 * earlier runs published, as in production. One run over the whole history would also write two
 * years of published rows in one transaction, where no statistics see them: the planner would take
 * the growing tables for empty and join them as such.
 */
export async function publishOverTime(
  db: Database,
  sql: Sql,
  closings: readonly Date[],
  today: Date,
): Promise<{ runs: number; periods: number }> {
  const settled = closings
    .map((closesAt) => new Date(closesAt.getTime() + SETTLE_SECONDS * 1000))
    .filter((at) => at < today);
  let periods = 0;
  for (const [index, at] of [...settled, today].entries()) {
    periods += (await publishDue(db, { at })).periods;
    // Whenever the published tables have doubled: statistics off by less than that plan the same.
    if (Number.isInteger(Math.log2(index + 1))) await sql.unsafe(`analyze ${PUBLISHED_TABLES.join(', ')}`);
  }
  return { runs: settled.length + 1, periods };
}
