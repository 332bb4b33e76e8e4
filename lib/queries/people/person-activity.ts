import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people } from '@/db/schema';

/** Whether the person is active, their row locked until the transaction ends; null when nobody has this id. */
export async function lockPersonActivity(
  tx: Database,
  personId: number,
): Promise<{ active: boolean; deactivatedAt: Date | null } | null> {
  const [person] = await tx
    .select({ active: people.active, deactivatedAt: people.deactivatedAt })
    .from(people)
    .where(eq(people.id, personId))
    .for('update');
  return person ?? null;
}

/**
 * Deactivates the person as of `at`, or (with null) reactivates them, which also undoes a deletion
 * through SCIM: the identity provider finds them again.
 */
export async function setPersonDeactivatedAt(db: Database, personId: number, at: Date | null): Promise<void> {
  await db
    .update(people)
    .set(
      at === null ? { active: true, deactivatedAt: null, scimDeletedAt: null } : { active: false, deactivatedAt: at },
    )
    .where(eq(people.id, personId));
}
