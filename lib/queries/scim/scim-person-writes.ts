import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people } from '@/db/schema';
import type { ScimUser } from '@/lib/domain/scim/scim-user';

/** The person's columns a SCIM user sets; `active` is changed through (de)activation only. */
function columnsOf(user: ScimUser) {
  return {
    email: user.userName,
    name: user.displayName,
    givenName: user.givenName,
    familyName: user.familyName,
    preferredLanguage: user.preferredLanguage,
    locale: user.locale,
    externalId: user.externalId,
    managerId: user.managerId,
  };
}

/** A new person; null when their address or external id is someone's already (a concurrent create). */
export async function insertScimPerson(tx: Database, user: ScimUser, now: Date): Promise<number | null> {
  const [row] = await tx
    .insert(people)
    .values({ ...columnsOf(user), active: user.active, deactivatedAt: user.active ? null : now })
    .onConflictDoNothing()
    .returning({ id: people.id });
  return row?.id ?? null;
}

/** Writes what SCIM says of the person; SCIM finds them again if they had been deleted through it. */
export async function updateScimPerson(tx: Database, id: number, user: ScimUser): Promise<void> {
  await tx
    .update(people)
    .set({ ...columnsOf(user), scimDeletedAt: null })
    .where(eq(people.id, id));
}

/** Hides the (deactivated) person from SCIM: a DELETE. */
export async function markScimDeleted(tx: Database, id: number, at: Date): Promise<void> {
  await tx.update(people).set({ scimDeletedAt: at }).where(eq(people.id, id));
}
