import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { type ManagedRole, MANAGED_ROLES } from '@/lib/domain/admin/admin-schemas';
import type { Role } from '@/lib/domain/permissions';

/** Grants the role; false when the person held it already. */
export async function addPersonRole(db: Database, personId: number, role: Role): Promise<boolean> {
  const granted = await db.insert(personRoles).values({ personId, role }).onConflictDoNothing().returning();
  return granted.length > 0;
}

/** Revokes the role; false when the person did not hold it. */
export async function removePersonRole(db: Database, personId: number, role: Role): Promise<boolean> {
  const revoked = await db
    .delete(personRoles)
    .where(and(eq(personRoles.personId, personId), eq(personRoles.role, role)))
    .returning();
  return revoked.length > 0;
}

/** The roles the person holds of HR and admin. */
export async function managedRolesOf(db: Database, personId: number): Promise<ManagedRole[]> {
  const held = await db
    .select({ role: personRoles.role })
    .from(personRoles)
    .where(and(eq(personRoles.personId, personId), inArray(personRoles.role, [...MANAGED_ROLES])));
  return held.map((row) => row.role as ManagedRole);
}

export interface ManagedRoleRow {
  personId: number;
  name: string;
  email: string;
  active: boolean;
  role: ManagedRole;
}

/** One row per HR or admin role held, the active holders first, by name and role. */
export async function listManagedRoleRows(db: Database): Promise<ManagedRoleRow[]> {
  const rows = await db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      active: people.active,
      role: personRoles.role,
    })
    .from(personRoles)
    .innerJoin(people, eq(people.id, personRoles.personId))
    .where(inArray(personRoles.role, [...MANAGED_ROLES]))
    .orderBy(desc(people.active), asc(people.name), asc(personRoles.role));
  return rows.map((row) => ({ ...row, role: row.role as ManagedRole }));
}
