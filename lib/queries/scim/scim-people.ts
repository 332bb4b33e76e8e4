import { type SQL, and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLog, people } from '@/db/schema';
import type { ScimPerson } from '@/lib/domain/scim/scim-user';
import type { ScimUserLookup } from '@/lib/domain/scim/scim-user-filter';

/** The latest audited change to the person, or their creation: SCIM's `meta.lastModified`. */
const lastModified = sql<Date>`greatest(${people.createdAt}, (
    select max(${auditLog.createdAt}) from ${auditLog}
    where ${auditLog.entity} = 'person' and ${auditLog.entityId} = ${people.id}::text))`.mapWith(people.createdAt);

const SCIM_PERSON = {
  id: people.id,
  userName: people.email,
  externalId: people.externalId,
  givenName: people.givenName,
  familyName: people.familyName,
  displayName: people.name,
  active: people.active,
  preferredLanguage: people.preferredLanguage,
  locale: people.locale,
  managerId: people.managerId,
  createdAt: people.createdAt,
  lastModified,
};

const sameAddress = (email: string) => sql`lower(${people.email}) = ${email.trim().toLowerCase()}`;

/** Everyone SCIM sees: every person, active or not, but those an identity provider deleted. */
const visible = isNull(people.scimDeletedAt);

function whereOf(lookup: ScimUserLookup): SQL | undefined {
  return and(
    visible,
    lookup.none ? sql`false` : undefined,
    lookup.email === undefined ? undefined : sameAddress(lookup.email),
    lookup.externalId === undefined ? undefined : eq(people.externalId, lookup.externalId),
    lookup.id === undefined ? undefined : eq(people.id, lookup.id),
  );
}

/** The person SCIM sees with this id, or null; with `deleted`, also one an identity provider deleted. */
export async function findScimPerson(
  db: Database,
  id: number,
  options: { deleted?: boolean } = {},
): Promise<ScimPerson | null> {
  const [person] = await db
    .select(SCIM_PERSON)
    .from(people)
    .where(and(options.deleted ? undefined : visible, eq(people.id, id)));
  return person ?? null;
}

/** One page of the people a lookup finds, by id (the same order for every page), and how many it finds. */
export async function listScimPeople(
  db: Database,
  lookup: ScimUserLookup,
  page: { offset: number; limit: number },
): Promise<{ people: ScimPerson[]; total: number }> {
  const where = whereOf(lookup);
  const [[total], found] = await Promise.all([
    db.select({ value: count() }).from(people).where(where),
    page.limit === 0
      ? Promise.resolve([])
      : db.select(SCIM_PERSON).from(people).where(where).orderBy(asc(people.id)).limit(page.limit).offset(page.offset),
  ]);
  return { people: found, total: total?.value ?? 0 };
}

/** Whoever has this address, SCIM sees them or not: a new user's address may be taken by someone deleted. */
export async function findPersonByAddress(
  db: Database,
  email: string,
): Promise<{ id: number; deleted: boolean } | null> {
  const [person] = await db
    .select({ id: people.id, deletedAt: people.scimDeletedAt })
    .from(people)
    .where(sameAddress(email));
  return person ? { id: person.id, deleted: person.deletedAt !== null } : null;
}

/** Whether someone (other than `exceptId`) has this address or this external id. */
export async function taken(
  db: Database,
  column: 'email' | 'externalId',
  value: string,
  exceptId: number | null,
): Promise<boolean> {
  const [found] = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        column === 'email' ? sameAddress(value) : eq(people.externalId, value),
        exceptId === null ? undefined : ne(people.id, exceptId),
      ),
    )
    .limit(1);
  return found !== undefined;
}

/** Whether a person with this id exists, for a manager reference. */
export async function personExists(db: Database, id: number): Promise<boolean> {
  const [found] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
  return found !== undefined;
}
