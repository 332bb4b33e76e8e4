import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { type Permission, type Role, can } from '@/lib/permissions';

/** The signed-in person as the data layer knows them: roles read fresh from the database. */
export interface Viewer {
  personId: number;
  name: string;
  email: string;
  roles: Role[];
}

/** Null when the person does not exist or has been deactivated: their session no longer counts. */
export async function loadViewer(db: Database, personId: number): Promise<Viewer | null> {
  const rows = await db
    .select({ name: people.name, email: people.email, role: personRoles.role })
    .from(people)
    .leftJoin(personRoles, eq(personRoles.personId, people.id))
    .where(and(eq(people.id, personId), eq(people.active, true)));
  const first = rows[0];
  if (!first) return null;
  const roles = rows.flatMap((row) => (row.role ? [row.role] : []));
  return { personId, name: first.name, email: first.email, roles };
}

export function assertPermission(viewer: Viewer, permission: Permission): void {
  if (!can(viewer.roles, permission)) throw new AppError('forbidden');
}
