import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teams } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { type TeamInput, teamSchema } from '@/lib/domain/organisation/organisation-schemas';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Creates a team, or renames one or moves it to another department. Earlier answers stay with
 * the team. Nothing is recomputed: published pulses keep the departments they were frozen with, and
 * pulses frozen later count in the new one (lib/publication). The input is checked here again, so no
 * caller stores a name the form refuses.
 */
export async function saveTeam(db: Database, viewer: Viewer, unchecked: TeamInput): Promise<{ teamId: number }> {
  assertPermission(viewer, 'org:manage');
  const input = teamSchema.parse(unchecked);
  return db.transaction(async (tx) => {
    const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId)).for('share');
    if (!department) throw new AppError('not_found', 'There is no such department.');
    const [namesake] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.departmentId, input.departmentId), sql`lower(${teams.name}) = lower(${input.name})`, input.teamId === undefined ? undefined : ne(teams.id, input.teamId)));
    if (namesake) throw new ChangeRefused('duplicateTeam', 'This department already has a team with this name.');

    if (input.teamId === undefined) {
      const [created] = await tx.insert(teams).values({ name: input.name, departmentId: input.departmentId }).returning({ id: teams.id });
      const teamId = created!.id;
      await recordAudit(tx, { actorId: viewer.personId, action: 'team.create', entity: 'team', entityId: teamId, after: { name: input.name, departmentId: input.departmentId } });
      return { teamId };
    }
    const { teamId } = input;
    const [current] = await tx.select({ name: teams.name, departmentId: teams.departmentId }).from(teams).where(eq(teams.id, teamId)).for('update');
    if (!current) throw new AppError('not_found', 'There is no such team.');
    await tx.update(teams).set({ name: input.name, departmentId: input.departmentId }).where(eq(teams.id, teamId));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'team.update',
      entity: 'team',
      entityId: teamId,
      before: current,
      after: { name: input.name, departmentId: input.departmentId },
    });
    return { teamId };
  });
}
