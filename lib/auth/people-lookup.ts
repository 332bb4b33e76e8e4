import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import type { Role } from '@/lib/permissions';
import { verifyPassword } from './password';

export interface AuthenticatedPerson {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

async function findActivePersonByEmail(db: Database, email: string) {
  const [person] = await db
    .select()
    .from(people)
    .where(and(sql`lower(${people.email}) = ${email.trim().toLowerCase()}`, eq(people.active, true)))
    .limit(1);
  if (!person) return null;
  const roles = await db.select({ role: personRoles.role }).from(personRoles).where(eq(personRoles.personId, person.id));
  return { person, roles: roles.map((row) => row.role) };
}

/**
 * Checks an email and password. Unknown or deactivated emails still cost one Argon2 verification,
 * so the answer takes as long as for a wrong password.
 */
export async function authenticateWithPassword(db: Database, email: string, password: string): Promise<AuthenticatedPerson | null> {
  const found = await findActivePersonByEmail(db, email);
  const valid = await verifyPassword(found?.person.passwordHash, password);
  if (!found || !valid) return null;
  return { id: String(found.person.id), name: found.person.name, email: found.person.email, roles: found.roles };
}

/** For single sign-on: the organisation's identity provider vouches for the email; it must be a known, active person. */
export async function findPersonForSingleSignOn(db: Database, email: string): Promise<AuthenticatedPerson | null> {
  const found = await findActivePersonByEmail(db, email);
  if (!found) return null;
  return { id: String(found.person.id), name: found.person.name, email: found.person.email, roles: found.roles };
}
