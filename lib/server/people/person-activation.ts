import 'server-only';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { can } from '@/lib/domain/permissions';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { assertNotLastAdmin } from '@/lib/queries/people/assert-not-last-admin';
import { lockPersonActivity, setPersonDeactivatedAt } from '@/lib/queries/people/person-activity';
import { managedRolesOf } from '@/lib/queries/people/person-roles';
import { endStay, findOpenStay } from '@/lib/queries/people/team-stays';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import type { Viewer } from '@/lib/server/access/viewer';

/**
 * Deactivates a leaver: every session of theirs ends at once, their current stay in a team ends
 * today so later pulses no longer count them as invited, and their earlier answers stay in every
 * aggregate. Someone who holds HR or admin is deactivated by an admin only.
 */
export async function deactivatePerson(viewer: Viewer, personId: number, now = new Date()): Promise<void> {
  assertMayManageActivation(viewer);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const person = await lockPersonActivity(tx, personId);
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    await assertMayChangeActivation(tx, viewer, personId);
    if (!person.active) throw new ChangeRefused('inactivePerson', 'This person has been deactivated already.');
    await assertNotLastAdmin(tx, personId);
    const today = organisationDay(now);
    const stay = await findOpenStay(tx, personId);
    if (stay) await endStay(tx, stay, today);
    await setPersonDeactivatedAt(tx, personId, now);
    await endAllSessions(tx, personId);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'person.deactivate',
      entity: 'person',
      entityId: personId,
      before: { active: true, stay: stay ? { teamId: stay.teamId, validFrom: stay.validFrom } : null },
      after: { active: false, stayEnded: stay ? today : null },
    });
  });
}

/** Lets a returning person sign in again; they rejoin a team through a move. Someone who holds HR or admin is reactivated by an admin only. */
export async function reactivatePerson(viewer: Viewer, personId: number): Promise<void> {
  assertMayManageActivation(viewer);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const person = await lockPersonActivity(tx, personId);
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    await assertMayChangeActivation(tx, viewer, personId);
    if (person.active) return;
    await setPersonDeactivatedAt(tx, personId, null);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'person.reactivate',
      entity: 'person',
      entityId: personId,
      before: { active: false, deactivatedAt: person.deactivatedAt },
      after: { active: true },
    });
  });
}

/** The change an activation form asks for; the result says which it was, for the message. */
export async function changeActivation(
  viewer: Viewer,
  input: { personId: number; change: 'deactivate' | 'reactivate' },
): Promise<{ active: boolean }> {
  if (input.change === 'deactivate') await deactivatePerson(viewer, input.personId);
  else await reactivatePerson(viewer, input.personId);
  return { active: input.change === 'reactivate' };
}

/** HR deactivates and reactivates people; an admin, those who hold HR or admin. */
function assertMayManageActivation(viewer: Viewer): void {
  if (!can(viewer.roles, 'org:manage') && !can(viewer.roles, 'admin:manage')) throw new AppError('forbidden');
}

/**
 * HR manages people, but only an admin grants HR and admin; so only an admin deactivates or
 * reactivates someone holding either role, who keeps it while inactive, and an admin who is not HR
 * changes nobody else.
 */
async function assertMayChangeActivation(tx: Database, viewer: Viewer, personId: number): Promise<void> {
  const held = await managedRolesOf(tx, personId);
  if (held.length > 0 && !can(viewer.roles, 'admin:manage')) {
    throw new ChangeRefused(
      'roleHolderActivation',
      'Only an admin can deactivate or reactivate someone who holds the HR or admin role.',
      'forbidden',
    );
  }
  if (held.length === 0 && !can(viewer.roles, 'org:manage'))
    throw new AppError('forbidden', 'HR deactivates and reactivates people who hold neither HR nor admin.');
}
