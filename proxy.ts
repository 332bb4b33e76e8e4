import NextAuth from 'next-auth';
import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { readSessionToken } from '@/lib/auth/session-token';
import { sessionOfToken } from '@/lib/sessions/session-lifetime';

// Auth.js's `auth` is also a proxy function; its overloads do not say so.
const authProxy = NextAuth(() => ({ ...authConfig, secret: resolveAuthSecret() })).auth as unknown as NextMiddleware;

/** A session cookie younger than this is left as it is; an older one is re-issued with a new expiry. */
const ROLL_AFTER_SECONDS = 15 * 60;

/**
 * Redirects visitors without a session to /login and keeps a signed-in person's session sliding.
 * Most page loads only decrypt the token; Auth.js (which re-encrypts the cookie, or redirects)
 * runs when the cookie is due to be re-issued, past its absolute lifetime (Auth.js then clears it)
 * or missing. Whether a signed-in person may see
 * anything is decided by the data layer, never here.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const token = await readSessionToken(request.headers);
  const issuedSecondsAgo = Date.now() / 1000 - (token?.iat ?? 0);
  if (sessionOfToken(token) && issuedSecondsAgo < ROLL_AFTER_SECONDS) return NextResponse.next();
  return authProxy(request, event);
}

export const config = {
  matcher: ['/((?!api|login|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
