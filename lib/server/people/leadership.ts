import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import type { LeadershipInput, LeadershipRemovalInput } from '@/lib/domain/organisation/organisation-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { addLead } from '@/lib/queries/organisation/add-lead';
import { removeUnitLead, unitLeadIds } from '@/lib/queries/organisation/leadership';
import { unitExists } from '@/lib/queries/organisation/unit-exists';
import { findActivePerson, stillLeads } from '@/lib/queries/people/find-active-person';
import { removePersonRole } from '@/lib/queries/people/person-roles';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Makes an active person a leader of a team or the head of a department (lib/queries/organisation/add-lead.ts).
 * The leader role comes with it, and goes again when they lead nothing any more; either change of
 * roles ends the person's sessions.
 */
export async function addLeadership(viewer: Viewer, input: LeadershipInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (!(await unitExists(tx, input.unit, input.unitId))) {
      throw new AppError(
        'not_found',
        input.unit === 'team' ? 'There is no such team.' : 'There is no such department.',
      );
    }
    const person = await findActivePerson(tx, input.email);
    await addLead(tx, input.unit, input.unitId, person, { personId: viewer.personId });
  });
}

export async function removeLeadership(viewer: Viewer, input: LeadershipRemovalInput): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const leaders = await unitLeadIds(tx, input.unit, input.unitId);
    if (!(await removeUnitLead(tx, input.unit, input.unitId, input.personId))) {
      throw new AppError('not_found', 'This person does not lead this team or department.');
    }
    const revoke = !(await stillLeads(tx, input.personId));
    if (revoke) {
      await removePersonRole(tx, input.personId, 'leader');
      await endAllSessions(tx, input.personId);
    }
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: input.unit === 'team' ? 'team.leader.remove' : 'department.head.remove',
      entity: input.unit,
      entityId: input.unitId,
      before: { personId: input.personId, leaders },
      after: { leaders: await unitLeadIds(tx, input.unit, input.unitId), leaderRoleRevoked: revoke },
    });
  });
}
