import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';

/** How many people are active and how many are not. */
export async function countPeopleByActivity(db: Database): Promise<{ active: number; inactive: number }> {
  const rows = await db.select({ active: people.active, value: count() }).from(people).groupBy(people.active);
  return { active: rows.find((row) => row.active)?.value ?? 0, inactive: rows.find((row) => !row.active)?.value ?? 0 };
}

/** How many active people hold each role; a role nobody holds is absent. */
export async function countActiveRoleHolders(db: Database): Promise<{ role: Role; value: number }[]> {
  return db
    .select({ role: personRoles.role, value: count() })
    .from(personRoles)
    .innerJoin(people, eq(people.id, personRoles.personId))
    .where(eq(people.active, true))
    .groupBy(personRoles.role);
}
