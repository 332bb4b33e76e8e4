import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads, teamLeaders } from '@/db/schema';

export type LeadUnit = 'team' | 'department';

/** Makes the person a leader of the team or the head of the department; false when they were already. */
export async function addUnitLead(db: Database, unit: LeadUnit, unitId: number, personId: number): Promise<boolean> {
  const added =
    unit === 'team'
      ? await db.insert(teamLeaders).values({ personId, teamId: unitId }).onConflictDoNothing().returning()
      : await db.insert(departmentHeads).values({ personId, departmentId: unitId }).onConflictDoNothing().returning();
  return added.length > 0;
}

/** Takes the person off the team's leaders or the department's heads; false when they were not one. */
export async function removeUnitLead(db: Database, unit: LeadUnit, unitId: number, personId: number): Promise<boolean> {
  const removed =
    unit === 'team'
      ? await db
          .delete(teamLeaders)
          .where(and(eq(teamLeaders.teamId, unitId), eq(teamLeaders.personId, personId)))
          .returning()
      : await db
          .delete(departmentHeads)
          .where(and(eq(departmentHeads.departmentId, unitId), eq(departmentHeads.personId, personId)))
          .returning();
  return removed.length > 0;
}

/** The people who lead the team or head the department now, by id: the audit log's before and after. */
export async function unitLeadIds(db: Database, unit: LeadUnit, unitId: number): Promise<number[]> {
  const rows =
    unit === 'team'
      ? await db
          .select({ id: teamLeaders.personId })
          .from(teamLeaders)
          .where(eq(teamLeaders.teamId, unitId))
          .orderBy(asc(teamLeaders.personId))
      : await db
          .select({ id: departmentHeads.personId })
          .from(departmentHeads)
          .where(eq(departmentHeads.departmentId, unitId))
          .orderBy(asc(departmentHeads.personId));
  return rows.map((row) => row.id);
}
