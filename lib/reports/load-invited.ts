import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, rollupTeamPulse } from '@/db/schema';
import { type OrgStructure, unitsContainingTeam } from '@/lib/organisation/org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';

const LABEL_COLUMN = { week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel } as const;

/**
 * How many invitations each unit sent in a period: for every pulse of the period, the members of
 * its teams on the day it opened (from the rollups). Participation is the share of them answered.
 */
export async function loadInvitedByUnit(db: Database, structure: OrgStructure, kind: PeriodKind, label: string): Promise<Map<UnitKey, number>> {
  const rows = await db
    .select({ teamId: rollupTeamPulse.teamId, invited: sql<number>`sum(${rollupTeamPulse.invited})::int` })
    .from(rollupTeamPulse)
    .innerJoin(pulses, eq(pulses.id, rollupTeamPulse.pulseId))
    .where(eq(LABEL_COLUMN[kind], label))
    .groupBy(rollupTeamPulse.teamId);
  const invited = new Map<UnitKey, number>();
  for (const row of rows) {
    for (const unit of unitsContainingTeam(structure, row.teamId)) invited.set(unit, (invited.get(unit) ?? 0) + Number(row.invited));
  }
  return invited;
}
