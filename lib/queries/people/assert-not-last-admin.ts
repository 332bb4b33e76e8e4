import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { ChangeRefused } from '@/lib/domain/change-refused';

/**
 * Refuses a change that would leave no active admin (revoking the role, deactivating the person),
 * so that someone can always manage roles. Locks the admin rows until the transaction ends, so
 * two admins removing each other at once cannot both succeed.
 */
export async function assertNotLastAdmin(tx: Database, personId: number): Promise<void> {
  const admins = await tx
    .select({ personId: personRoles.personId })
    .from(personRoles)
    .innerJoin(people, eq(people.id, personRoles.personId))
    .where(and(eq(personRoles.role, 'admin'), eq(people.active, true)))
    .for('update');
  const isAdmin = admins.some((admin) => admin.personId === personId);
  if (isAdmin && admins.length === 1)
    throw new ChangeRefused('lastAdmin', 'This is the last active admin; make someone else admin first.');
}
