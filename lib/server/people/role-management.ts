import 'server-only';
import { getDb } from '@/db';
import type { ManagedRole, RoleGrantInput, RoleRevocationInput } from '@/lib/domain/admin/admin-schemas';
import { AppError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { assertNotLastAdmin } from '@/lib/queries/people/assert-not-last-admin';
import { findActivePerson } from '@/lib/queries/people/find-active-person';
import {
  addPersonRole,
  listManagedRoleRows,
  managedRolesOf,
  removePersonRole,
} from '@/lib/queries/people/person-roles';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface RoleHolder {
  personId: number;
  name: string;
  email: string;
  /** A deactivated holder keeps the role; only an admin reactivates them. */
  active: boolean;
  roles: ManagedRole[];
}

/** Everyone who holds HR or admin, the active first, by name. */
export async function listRoleHolders(viewer: Viewer): Promise<RoleHolder[]> {
  assertPermission(viewer, 'admin:manage');
  const holders = new Map<number, RoleHolder>();
  for (const { role, ...person } of await listManagedRoleRows(await getDb())) {
    const holder = holders.get(person.personId) ?? { ...person, roles: [] };
    holder.roles.push(role);
    holders.set(person.personId, holder);
  }
  return [...holders.values()];
}

/**
 * Grants HR or admin to an active person, admins only, and ends their sessions so that they sign in
 * again to use it; granting what they hold already changes nothing.
 */
export async function grantRole(viewer: Viewer, input: RoleGrantInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const person = await findActivePerson(tx, input.email);
    const before = await managedRolesOf(tx, person.id);
    if (!(await addPersonRole(tx, person.id, input.role))) return;
    await endAllSessions(tx, person.id);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'role.grant',
      entity: 'person',
      entityId: person.id,
      before: { roles: before },
      after: { role: input.role, email: person.email, roles: await managedRolesOf(tx, person.id) },
    });
  });
}

/**
 * Revokes HR or admin, admins only, and ends the person's sessions; the last active admin keeps
 * theirs, so that someone can always manage roles.
 */
export async function revokeRole(viewer: Viewer, input: RoleRevocationInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (input.role === 'admin') await assertNotLastAdmin(tx, input.personId);
    const before = await managedRolesOf(tx, input.personId);
    if (!(await removePersonRole(tx, input.personId, input.role)))
      throw new AppError('not_found', 'This person does not hold this role.');
    await endAllSessions(tx, input.personId);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'role.revoke',
      entity: 'person',
      entityId: input.personId,
      before: { role: input.role, roles: before },
      after: { roles: await managedRolesOf(tx, input.personId) },
    });
  });
}
