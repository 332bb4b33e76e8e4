import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { type OrgStructure, unitsContainingTeam } from '@/lib/organisation/org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';

const LABEL_COLUMN = { week: sql`week_label`, month: sql`month_label`, quarter: sql`quarter_label` } as const;

/**
 * How many distinct people each unit invited in a period: everyone who belonged to one of its
 * teams on the day a pulse of the period opened. The denominator of participation.
 */
export async function loadInvitedByUnit(db: Database, structure: OrgStructure, kind: PeriodKind, label: string, now = new Date()): Promise<Map<UnitKey, number>> {
  const result = await db.execute(sql`
    select distinct m.person_id, m.team_id
    from pulses p
    join team_memberships m
      on m.valid_from <= (p.opens_at at time zone 'UTC')::date
     and (m.valid_to is null or m.valid_to > (p.opens_at at time zone 'UTC')::date)
    where p.${LABEL_COLUMN[kind]} = ${label} and p.opens_at <= ${now.toISOString()}::timestamptz`);
  const people = new Map<UnitKey, Set<number>>();
  for (const row of rowsOf<{ person_id: number; team_id: number }>(result)) {
    for (const unit of unitsContainingTeam(structure, Number(row.team_id))) {
      people.set(unit, (people.get(unit) ?? new Set()).add(Number(row.person_id)));
    }
  }
  return new Map([...people].map(([unit, persons]) => [unit, persons.size]));
}
