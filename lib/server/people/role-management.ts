import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { type ManagedRole, MANAGED_ROLES, type RoleGrantInput, type RoleRevocationInput } from '@/lib/domain/admin/admin-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { AppError } from '@/lib/domain/errors';
import { assertNotLastAdmin } from '@/lib/queries/people/assert-not-last-admin';
import { findActivePerson } from '@/lib/queries/people/find-active-person';
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
export async function listRoleHolders(db: Database, viewer: Viewer): Promise<RoleHolder[]> {
  assertPermission(viewer, 'admin:manage');
  const rows = await db
    .select({ personId: people.id, name: people.name, email: people.email, active: people.active, role: personRoles.role })
    .from(personRoles)
    .innerJoin(people, eq(people.id, personRoles.personId))
    .where(inArray(personRoles.role, [...MANAGED_ROLES]))
    .orderBy(desc(people.active), asc(people.name), asc(personRoles.role));
  const holders = new Map<number, RoleHolder>();
  for (const { role, ...person } of rows) {
    const holder = holders.get(person.personId) ?? { ...person, roles: [] };
    holder.roles.push(role as ManagedRole);
    holders.set(person.personId, holder);
  }
  return [...holders.values()];
}

/**
 * Grants HR or admin to an active person, admins only, and ends their sessions so that they sign in
 * again to use it; granting what they hold already changes nothing.
 */
export async function grantRole(db: Database, viewer: Viewer, input: RoleGrantInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  await db.transaction(async (tx) => {
    const person = await findActivePerson(tx, input.email);
    const granted = await tx.insert(personRoles).values({ personId: person.id, role: input.role }).onConflictDoNothing().returning();
    if (granted.length === 0) return;
    await endAllSessions(tx, person.id);
    await recordAudit(tx, { actorId: viewer.personId, action: 'role.grant', entity: 'person', entityId: person.id, after: { role: input.role, email: person.email } });
  });
}

/**
 * Revokes HR or admin, admins only, and ends the person's sessions; the last active admin keeps
 * theirs, so that someone can always manage roles.
 */
export async function revokeRole(db: Database, viewer: Viewer, input: RoleRevocationInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  await db.transaction(async (tx) => {
    if (input.role === 'admin') await assertNotLastAdmin(tx, input.personId);
    const revoked = await tx.delete(personRoles).where(and(eq(personRoles.personId, input.personId), eq(personRoles.role, input.role))).returning();
    if (revoked.length === 0) throw new AppError('not_found', 'This person does not hold this role.');
    await endAllSessions(tx, input.personId);
    await recordAudit(tx, { actorId: viewer.personId, action: 'role.revoke', entity: 'person', entityId: input.personId, before: { role: input.role } });
  });
}
