import { and, gt, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses } from '@/db/schema';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { invitedPerTeamPulse } from '@/lib/queries/rollups/recompute-queries';
import { loadPulseSchedule } from './load-schedule';
import { nextPulseItems } from './next-pulse-items';
import { closingOf, openingsUntil } from '@/lib/domain/pulses/schedule';

/**
 * Creates the pulse the schedule says is open now, if it does not exist yet — so pulses open by
 * their dates without any job having to run. Safe to call on every request: the unique opening
 * time lets only one of several simultaneous callers create it.
 */
export async function ensureCurrentPulse(db: Database, now = new Date()): Promise<void> {
  const schedule = await loadPulseSchedule(db);
  const opensAt = openingsUntil(schedule, now).at(-1);
  if (!opensAt) return;
  const closesAt = closingOf(schedule, opensAt);
  if (closesAt <= now) return;
  const overlapping = await db
    .select({ id: pulses.id })
    .from(pulses)
    .where(and(lt(pulses.opensAt, closesAt), gt(pulses.closesAt, opensAt)))
    .limit(1);
  if (overlapping.length > 0) return;

  const itemIds = await nextPulseItems(db, schedule.itemsPerLine);
  if (itemIds.length === 0) return;
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pulses)
      .values(withPeriodLabels({ opensAt, closesAt }))
      .onConflictDoNothing()
      .returning({ id: pulses.id });
    if (!created) return;
    await tx
      .insert(pulseItems)
      .values(itemIds.map((itemId, index) => ({ pulseId: created.id, itemId, position: index + 1 })));
    await tx.execute(sql`
      insert into rollup_team_pulse (team_id, pulse_id, respondents, invited)
      select team_id, pulse_id, 0, invited from (${invitedPerTeamPulse}) invited where pulse_id = ${created.id}`);
  });
}
