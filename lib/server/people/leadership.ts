import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads, departments, personRoles, teamLeaders, teams } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { AppError } from '@/lib/domain/errors';
import type { LeadershipInput, LeadershipRemovalInput } from '@/lib/domain/organisation/organisation-schemas';
import { findActivePerson, stillLeads } from '@/lib/queries/people/find-active-person';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Makes an active person a leader of a team or the head of a department. The leader role, which
 * opens the leader pages, comes with it; it goes again when they lead nothing any more. Either
 * change of roles ends the person's sessions, as every change of roles does.
 */
export async function addLeadership(db: Database, viewer: Viewer, input: LeadershipInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    await assertUnitExists(tx, input.unit, input.unitId);
    const person = await findActivePerson(tx, input.email);
    const row = { personId: person.id };
    const added =
      input.unit === 'team'
        ? await tx.insert(teamLeaders).values({ ...row, teamId: input.unitId }).onConflictDoNothing().returning()
        : await tx.insert(departmentHeads).values({ ...row, departmentId: input.unitId }).onConflictDoNothing().returning();
    if (added.length === 0) return;
    const granted = await tx.insert(personRoles).values({ personId: person.id, role: 'leader' }).onConflictDoNothing().returning();
    if (granted.length > 0) await endAllSessions(tx, person.id);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: input.unit === 'team' ? 'team.leader.add' : 'department.head.add',
      entity: input.unit,
      entityId: input.unitId,
      after: { personId: person.id, email: person.email, leaderRoleGranted: granted.length > 0 },
    });
  });
}

export async function removeLeadership(db: Database, viewer: Viewer, input: LeadershipRemovalInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const removed =
      input.unit === 'team'
        ? await tx.delete(teamLeaders).where(and(eq(teamLeaders.teamId, input.unitId), eq(teamLeaders.personId, input.personId))).returning()
        : await tx.delete(departmentHeads).where(and(eq(departmentHeads.departmentId, input.unitId), eq(departmentHeads.personId, input.personId))).returning();
    if (removed.length === 0) throw new AppError('not_found', 'This person does not lead this team or department.');
    const revoke = !(await stillLeads(tx, input.personId));
    if (revoke) {
      await tx.delete(personRoles).where(and(eq(personRoles.personId, input.personId), eq(personRoles.role, 'leader')));
      await endAllSessions(tx, input.personId);
    }
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: input.unit === 'team' ? 'team.leader.remove' : 'department.head.remove',
      entity: input.unit,
      entityId: input.unitId,
      before: { personId: input.personId },
      after: { leaderRoleRevoked: revoke },
    });
  });
}

async function assertUnitExists(tx: Database, unit: LeadershipInput['unit'], id: number): Promise<void> {
  const table = unit === 'team' ? teams : departments;
  const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (!found) throw new AppError('not_found', unit === 'team' ? 'There is no such team.' : 'There is no such department.');
}
