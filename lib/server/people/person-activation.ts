import 'server-only';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { can } from '@/lib/domain/permissions';
import { deactivateLockedPerson, reactivateLockedPerson } from '@/lib/queries/people/change-activation';
import { lockPersonActivity } from '@/lib/queries/people/person-activity';
import { managedRolesOf } from '@/lib/queries/people/person-roles';
import type { Viewer } from '@/lib/server/access/viewer';

/**
 * Deactivates a leaver (lib/queries/people/change-activation.ts says what that does). Someone who
 * holds HR or admin is deactivated by an admin only.
 */
export async function deactivatePerson(viewer: Viewer, personId: number, now = new Date()): Promise<void> {
  assertMayManageActivation(viewer);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const person = await lockPersonActivity(tx, personId);
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    await assertMayChangeActivation(tx, viewer, personId);
    if (!person.active) throw new ChangeRefused('inactivePerson', 'This person has been deactivated already.');
    await deactivateLockedPerson(tx, personId, { personId: viewer.personId }, now);
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
    await reactivateLockedPerson(tx, personId, { personId: viewer.personId }, person.deactivatedAt);
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
