import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';
import { verifyPassword } from '@/lib/domain/auth/password';

export interface AuthenticatedPerson {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** The person's session version when they signed in: raising it ends the session. */
  sessionVersion: number;
}

const sameEmail = (email: string) => sql`lower(${people.email}) = ${email.trim().toLowerCase()}`;

async function findActivePersonByEmail(db: Database, email: string) {
  const [person] = await db
    .select()
    .from(people)
    .where(and(sameEmail(email), eq(people.active, true)))
    .limit(1);
  if (!person) return null;
  const roles = await db
    .select({ role: personRoles.role })
    .from(personRoles)
    .where(eq(personRoles.personId, person.id));
  return { person, roles: roles.map((row) => row.role) };
}

function authenticated({
  person,
  roles,
}: NonNullable<Awaited<ReturnType<typeof findActivePersonByEmail>>>): AuthenticatedPerson {
  return {
    id: String(person.id),
    name: person.name,
    email: person.email,
    roles,
    sessionVersion: person.sessionVersion,
  };
}

/**
 * Checks an email and password. Unknown or deactivated emails still cost one Argon2 verification,
 * so the answer takes as long as for a wrong password.
 */
export async function authenticateWithPassword(
  db: Database,
  email: string,
  password: string,
): Promise<AuthenticatedPerson | null> {
  const found = await findActivePersonByEmail(db, email);
  const valid = await verifyPassword(found?.person.passwordHash, password);
  return found && valid ? authenticated(found) : null;
}

/** For single sign-on: the organisation's identity provider vouches for the email; it must be a known, active person. */
export async function findPersonForSingleSignOn(db: Database, email: string): Promise<AuthenticatedPerson | null> {
  const found = await findActivePersonByEmail(db, email);
  return found ? authenticated(found) : null;
}

/** The id of whoever has this email, active or not; null when it is nobody's. */
export async function findPersonIdByEmail(db: Database, email: string): Promise<number | null> {
  const [person] = await db.select({ id: people.id }).from(people).where(sameEmail(email)).limit(1);
  return person?.id ?? null;
}
