import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { type ManagedRole, MANAGED_ROLES, type RoleGrantInput, type RoleRevocationInput } from '@/lib/admin/admin-schemas';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { assertNotLastAdmin } from '@/lib/people/assert-not-last-admin';
import { findActivePerson } from '@/lib/people/find-active-person';
import { type Viewer, assertPermission } from './viewer';

export interface RoleHolder {
  personId: number;
  name: string;
  email: string;
  roles: ManagedRole[];
}

/** Everyone active who holds HR or admin, by name. */
export async function listRoleHolders(db: Database, viewer: Viewer): Promise<RoleHolder[]> {
  assertPermission(viewer, 'admin:manage');
  const rows = await db
    .select({ personId: people.id, name: people.name, email: people.email, role: personRoles.role })
    .from(personRoles)
    .innerJoin(people, eq(people.id, personRoles.personId))
    .where(and(inArray(personRoles.role, [...MANAGED_ROLES]), eq(people.active, true)))
    .orderBy(asc(people.name), asc(personRoles.role));
  const holders = new Map<number, RoleHolder>();
  for (const { role, ...person } of rows) {
    const holder = holders.get(person.personId) ?? { ...person, roles: [] };
    holder.roles.push(role as ManagedRole);
    holders.set(person.personId, holder);
  }
  return [...holders.values()];
}

/** Grants HR or admin to an active person; granting what they hold already changes nothing. */
export async function grantRole(db: Database, viewer: Viewer, input: RoleGrantInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  await db.transaction(async (tx) => {
    const person = await findActivePerson(tx, input.email);
    const granted = await tx.insert(personRoles).values({ personId: person.id, role: input.role }).onConflictDoNothing().returning();
    if (granted.length === 0) return;
    await recordAudit(tx, { actorId: viewer.personId, action: 'role.grant', entity: 'person', entityId: person.id, after: { role: input.role, email: person.email } });
  });
}

/** Revokes HR or admin; the last active admin keeps theirs, so that someone can always manage roles. */
export async function revokeRole(db: Database, viewer: Viewer, input: RoleRevocationInput): Promise<void> {
  assertPermission(viewer, 'admin:manage');
  await db.transaction(async (tx) => {
    if (input.role === 'admin') await assertNotLastAdmin(tx, input.personId);
    const revoked = await tx.delete(personRoles).where(and(eq(personRoles.personId, input.personId), eq(personRoles.role, input.role))).returning();
    if (revoked.length === 0) throw new AppError('not_found', 'This person does not hold this role.');
    await recordAudit(tx, { actorId: viewer.personId, action: 'role.revoke', entity: 'person', entityId: input.personId, before: { role: input.role } });
  });
}
