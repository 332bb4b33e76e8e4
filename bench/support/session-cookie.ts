import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import type { Role } from '@/db/schema';

/** The session cookie's name on plain http (on https Auth.js prefixes it with __Secure-). */
export const SESSION_COOKIE = 'authjs.session-token';

export interface SessionPerson {
  personId: number;
  roles: Role[];
  name: string;
  email: string;
}

/**
 * A session cookie as Auth.js would set after sign-in (lib/server/auth/config.ts puts personId, roles and
 * the session's id, version and sign-in time in the token), encrypted with the secret the server
 * runs with: signing in without the form. The bench's people never ended a session: version 0.
 */
export async function mintSessionCookie(secret: string, person: SessionPerson): Promise<string> {
  const value = await encode({
    secret,
    salt: SESSION_COOKIE,
    maxAge: 8 * 60 * 60,
    token: {
      personId: person.personId,
      roles: person.roles,
      sessionId: randomUUID(),
      sessionVersion: 0,
      authTime: Math.floor(Date.now() / 1000),
      sub: String(person.personId),
      name: person.name,
      email: person.email,
    },
  });
  return `${SESSION_COOKIE}=${value}`;
}
