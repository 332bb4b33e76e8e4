import type { Database } from '@/db/client';
import { type AuditActor, auditActorOf, recordAudit } from '@/lib/queries/audit/record-audit';
import { addPersonRole } from '@/lib/queries/people/person-roles';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { type LeadUnit, addUnitLead, unitLeadIds } from './leadership';

/**
 * Makes an active person a leader of a team or the head of a department, whoever asks: HR, or an
 * identity provider through SCIM (a manager becomes a leader of their reports' team). The leader
 * role, which opens the leader pages, comes with it, and that change of roles ends the person's
 * sessions, as every change of roles does. False when they led it already: nothing changes then.
 */
export async function addLead(
  tx: Database,
  unit: LeadUnit,
  unitId: number,
  person: { id: number; email: string },
  actor: AuditActor,
): Promise<boolean> {
  const leaders = await unitLeadIds(tx, unit, unitId);
  if (!(await addUnitLead(tx, unit, unitId, person.id))) return false;
  const granted = await addPersonRole(tx, person.id, 'leader');
  if (granted) await endAllSessions(tx, person.id);
  await recordAudit(tx, {
    ...auditActorOf(actor),
    action: unit === 'team' ? 'team.leader.add' : 'department.head.add',
    entity: unit,
    entityId: unitId,
    before: { leaders },
    after: {
      personId: person.id,
      email: person.email,
      leaders: await unitLeadIds(tx, unit, unitId),
      leaderRoleGranted: granted,
    },
  });
  return true;
}
