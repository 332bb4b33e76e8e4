import type { Database } from '@/db/client';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { type AuditActor, auditActorOf, recordAudit } from '@/lib/queries/audit/record-audit';
import { assertNotLastAdmin } from './assert-not-last-admin';
import { setPersonDeactivatedAt } from './person-activity';
import { endStay, findOpenStay } from './team-stays';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';

/**
 * Deactivates an active person whose row the caller locked (lockPersonActivity), whoever asks: HR,
 * an admin, or an identity provider through SCIM. Every session of theirs ends at once, their
 * current stay in a team ends today so later pulses no longer count them as invited, and their
 * earlier answers stay in every aggregate. Refused for the last active admin. `note` adds to what
 * the audit entry records after the change.
 */
export async function deactivateLockedPerson(
  tx: Database,
  personId: number,
  actor: AuditActor,
  now: Date,
  note: Record<string, unknown> = {},
): Promise<void> {
  await assertNotLastAdmin(tx, personId);
  const today = organisationDay(now);
  const stay = await findOpenStay(tx, personId);
  if (stay) await endStay(tx, stay, today);
  await setPersonDeactivatedAt(tx, personId, now);
  await endAllSessions(tx, personId);
  await recordAudit(tx, {
    ...auditActorOf(actor),
    action: 'person.deactivate',
    entity: 'person',
    entityId: personId,
    before: { active: true, stay: stay ? { teamId: stay.teamId, validFrom: stay.validFrom } : null },
    after: { active: false, stayEnded: stay ? today : null, ...note },
  });
}

/**
 * Lets an inactive person whose row the caller locked sign in again; they rejoin a team through a
 * move (or a SCIM group).
 */
export async function reactivateLockedPerson(
  tx: Database,
  personId: number,
  actor: AuditActor,
  deactivatedAt: Date | null,
): Promise<void> {
  await setPersonDeactivatedAt(tx, personId, null);
  await recordAudit(tx, {
    ...auditActorOf(actor),
    action: 'person.reactivate',
    entity: 'person',
    entityId: personId,
    before: { active: false, deactivatedAt },
    after: { active: true },
  });
}
