import 'server-only';
import { subMonths } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { RetentionInput } from '@/lib/domain/admin/admin-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { publishDue } from '@/lib/queries/publication/publish-due';
import { holdResponseChanges } from '@/lib/queries/rollups/hold-response-changes';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface RetentionOutcome {
  months: number;
  /** Every pulse of a removed month closed before this moment. */
  cutoff: Date;
  /** The months whose answers and comments go, oldest first. */
  periods: string[];
  pulses: number;
  responses: number;
  deleted: boolean;
}

/**
 * Counts, or with `confirm: 'delete'` deletes, the responses — with their answers and comments — of
 * whole months all of whose pulses closed more than `months` months ago, and only once everything
 * their quarter holds is published. Published figures are kept as they are, so no shown
 * figure changes; the comments of a removed month leave every view of it at once, never in part.
 * The pulses and their questions stay.
 */
export async function applyRetention(db: Database, viewer: Viewer, input: RetentionInput, now = new Date()): Promise<RetentionOutcome> {
  assertPermission(viewer, 'admin:manage');
  const cutoff = subMonths(now, input.months);
  await publishDue(db);
  return db.transaction(async (tx) => {
    if (input.confirm === 'delete') await holdResponseChanges(tx);
    // Every period of every pulse of the month's quarter, and of every pulse sharing a week with one, is
    // decided: no later decision can need to count who answered the pulses that go.
    const removable = sql`
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
    const [counted] = rowsOf<{ periods: string[] | null; pulses: number; responses: number }>(
      await tx.execute(sql`
        select (select array_agg(distinct month_label order by month_label) from pulses where id in (${removable})) as periods,
          (select count(*) from pulses where id in (${removable}))::int as pulses,
          (select count(*) from responses where pulse_id in (${removable}))::int as responses`),
    );
    const outcome = { months: input.months, cutoff, periods: counted?.periods ?? [], pulses: Number(counted?.pulses ?? 0), responses: Number(counted?.responses ?? 0), deleted: false };
    if (input.confirm !== 'delete') return outcome;
    await tx.execute(sql`delete from responses where pulse_id in (${removable})`);
    await rebuildRollups(tx);
    await recordAudit(tx, { actorId: viewer.personId, action: 'retention.delete', entity: 'responses', after: { months: outcome.months, cutoff, periods: outcome.periods, pulses: outcome.pulses, responses: outcome.responses } });
    return { ...outcome, deleted: true };
  });
}
