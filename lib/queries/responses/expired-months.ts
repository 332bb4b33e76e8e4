import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

export interface ExpiredMonths {
  /** The months whose answers and comments go, oldest first. */
  periods: string[];
  pulses: number;
  responses: number;
}

/**
 * The pulses of whole months all of whose pulses closed before `cutoff`, and whose every period of
 * every pulse of the month's quarter, and of every pulse sharing a week with one, is decided: no later
 * decision can need to count who answered the pulses that go.
 */
function expiredPulses(cutoff: Date): SQL {
  return sql`
    with decided as (select period_kind::text || '|' || period_label as period from published_periods),
    unsettled as (
      select p.week_label, p.quarter_label from pulses p
      where 'week|' || p.week_label not in (select period from decided)
         or 'month|' || p.month_label not in (select period from decided)
         or 'quarter|' || p.quarter_label not in (select period from decided)),
    open_quarters as (
      select quarter_label from unsettled
      union select q.quarter_label from pulses q join unsettled u on u.week_label = q.week_label),
    months as (
      select month_label from pulses
      where quarter_label not in (select quarter_label from open_quarters)
      group by month_label having max(closes_at) < ${cutoff.toISOString()}::timestamptz)
    select id from pulses where month_label in (select month_label from months)`;
}

/** What retention at `cutoff` would remove: the months, their pulses and their responses. */
export async function countExpiredMonths(tx: Database, cutoff: Date): Promise<ExpiredMonths> {
  const expired = expiredPulses(cutoff);
  const [counted] = rowsOf<{ periods: string[] | null; pulses: number; responses: number }>(
    await tx.execute(sql`
      select (select array_agg(distinct month_label order by month_label) from pulses where id in (${expired})) as periods,
        (select count(*) from pulses where id in (${expired}))::int as pulses,
        (select count(*) from responses where pulse_id in (${expired}))::int as responses`),
  );
  return {
    periods: counted?.periods ?? [],
    pulses: Number(counted?.pulses ?? 0),
    responses: Number(counted?.responses ?? 0),
  };
}

/** Deletes the responses of the expired months, with their answers and comments; the pulses stay. */
export async function deleteExpiredResponses(tx: Database, cutoff: Date): Promise<void> {
  await tx.execute(sql`delete from responses where pulse_id in (${expiredPulses(cutoff)})`);
}
