import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teams } from '@/db/schema';

export interface TeamFields {
  name: string;
  departmentId: number;
}

/** Whether the department exists, its row shared-locked so that it stays until the transaction ends. */
export async function lockDepartmentForTeams(tx: Database, departmentId: number): Promise<boolean> {
  const [department] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, departmentId))
    .for('share');
  return Boolean(department);
}

/** Whether the department has a team of this name, whatever its case, other than `exceptTeamId`. */
export async function hasNamesakeTeam(db: Database, fields: TeamFields, exceptTeamId?: number): Promise<boolean> {
  const [namesake] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.departmentId, fields.departmentId),
        sql`lower(${teams.name}) = lower(${fields.name})`,
        exceptTeamId === undefined ? undefined : ne(teams.id, exceptTeamId),
      ),
    );
  return Boolean(namesake);
}

/** The team's name and department, its row locked until the transaction ends; null when there is no such team. */
export async function lockTeam(tx: Database, teamId: number): Promise<TeamFields | null> {
  const [current] = await tx
    .select({ name: teams.name, departmentId: teams.departmentId })
    .from(teams)
    .where(eq(teams.id, teamId))
    .for('update');
  return current ?? null;
}

export async function insertTeam(db: Database, fields: TeamFields): Promise<number> {
  const [created] = await db.insert(teams).values(fields).returning({ id: teams.id });
  return created!.id;
}

export async function updateTeam(db: Database, teamId: number, fields: TeamFields): Promise<void> {
  await db.update(teams).set(fields).where(eq(teams.id, teamId));
}
