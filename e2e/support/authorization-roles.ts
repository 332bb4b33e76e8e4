import type { APIRequestContext } from '@playwright/test';
import { type BuiltAction } from './authorization-build';
import { postAction, sessionCookieOf } from './authorization-requests';
import { ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { createPerson, e2eDatabase } from './e2e-people';

/** Who asks: a visitor without a session, each demo account, and a person deactivated after signing in. */
export const MATRIX_ROLES = ['anonymous', 'employee', 'leader', 'head', 'hr', 'admin', 'deactivated'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export type DemoRole = keyof typeof ACCOUNTS;

export const isDemoRole = (role: MatrixRole): role is DemoRole => role in ACCOUNTS;

/** The page a role lands on after signing in. */
export const homeOf = (role: MatrixRole): string | null => (isDemoRole(role) ? ACCOUNTS[role].home : null);

/** Signs in through the sign-in form's server action, as the login page does, and returns the session cookie. */
export async function signInCookie(
  request: APIRequestContext,
  baseURL: string,
  signIn: BuiltAction,
  email: string,
): Promise<string> {
  const form = {
    actionId: signIn.actionId,
    url: signIn.postTo,
    parameters: signIn.parameters,
    fields: { email, password: DEMO_PASSWORD },
  };
  const response = await postAction(request, { baseURL, cookie: null }, form);
  const cookie = sessionCookieOf(response);
  if (!cookie)
    throw new Error(`could not sign in as ${email}: ${response.status()} ${(await response.text()).slice(0, 300)}`);
  return cookie;
}

/**
 * A person of the test's own, in no team, who signs in as an employee and is then deactivated the way
 * the product does it (inactive, every session of theirs ended by a raised session version), and
 * only then given HR and admin, the roles that see the most: their cookie must count for nothing.
 * Never an active admin, so that no other spec's "last active admin" ever counts them.
 * Null on PGlite, where the test cannot reach the database.
 */
export async function deactivatedPersonCookie(sign: (email: string) => Promise<string>): Promise<string | null> {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    const { personId, email } = await createPerson(sql, 'authorization-matrix');
    const cookie = await sign(email);
    await sql`update people set active = false, deactivated_at = now(), session_version = session_version + 1 where id = ${personId}`;
    await sql`insert into person_roles (person_id, role) values (${personId}, 'hr'), (${personId}, 'admin')`;
    return cookie;
  } finally {
    await sql.end();
  }
}

/** Sessions signed in once per role and worker; the deactivated person's is null where it cannot be made. */
export function sessionsFor(request: APIRequestContext, baseURL: string, signIn: BuiltAction) {
  const sign = (email: string) => signInCookie(request, baseURL, signIn, email);
  const signInAs = (role: MatrixRole): Promise<string | null> => {
    if (isDemoRole(role)) return sign(ACCOUNTS[role].email);
    return role === 'deactivated' ? deactivatedPersonCookie(sign) : Promise.resolve(null);
  };
  const signed = new Map<MatrixRole, Promise<string | null>>();
  const cookieOf = (role: MatrixRole): Promise<string | null> => {
    if (!signed.has(role)) signed.set(role, signInAs(role));
    return signed.get(role)!;
  };
  return {
    cookieOf,
    /** A session of its own, for a request that ends the session it runs in; the deactivated person's cannot be renewed. */
    freshCookieOf: (role: MatrixRole): Promise<string | null> =>
      isDemoRole(role) ? sign(ACCOUNTS[role].email) : cookieOf(role),
  };
}
