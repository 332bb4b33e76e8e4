import NextAuth from 'next-auth';
import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/lib/server/auth/config';
import { resolveAuthSecret } from '@/lib/domain/auth/secret';
import { signInPath } from '@/lib/domain/auth/callback-path';
import { readSessionToken } from '@/lib/server/auth/session-token';
import { createNonce, formTargetsFrom, pageContentSecurityPolicy } from '@/lib/domain/security/content-security-policy';
import { sessionOfToken } from '@/lib/server/sessions/session-lifetime';

// Auth.js's `auth` is also a proxy function; its overloads do not say so.
const authProxy = NextAuth(() => ({ ...authConfig, secret: resolveAuthSecret() })).auth as unknown as NextMiddleware;

/** A session cookie younger than this is left as it is; an older one is re-issued with a new expiry. */
const ROLL_AFTER_SECONDS = 15 * 60;

/** The one page the matcher sends here (for its policy) that is open without a session: the API and static files never come. */
const SIGN_IN_PAGE = /^\/login/;

const development = process.env.NODE_ENV === 'development';
const formTargets = formTargetsFrom(process.env);

/**
 * Gives every page a Content-Security-Policy with a nonce of its own (Next.js reads the nonce from
 * the request's policy and puts it on its scripts), and sends visitors without a session to /login.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const policy = pageContentSecurityPolicy({ nonce: createNonce(), development, formTargets });
  const sessionAnswer = SIGN_IN_PAGE.test(request.nextUrl.pathname) ? null : await checkSession(request, event);
  const response = sessionAnswer?.headers.has('location') ? sessionAnswer : passOn(request, policy, sessionAnswer);
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * Redirects visitors without a session to /login and keeps a signed-in person's session sliding:
 * Auth.js's answer (a redirect, or a renewed cookie) or null when the session is fine as it is.
 * Most page loads only decrypt the token; Auth.js (which re-encrypts the cookie, or redirects)
 * runs when the cookie is due to be re-issued, past its absolute lifetime (Auth.js then clears it)
 * or missing. Whether a signed-in person may see anything is decided by the data layer, never here.
 */
async function checkSession(request: NextRequest, event: NextFetchEvent): Promise<Response | null> {
  const token = await readSessionToken(request.headers);
  const issuedSecondsAgo = Date.now() / 1000 - (token?.iat ?? 0);
  if (sessionOfToken(token) && issuedSecondsAgo < ROLL_AFTER_SECONDS) return null;
  const answer = (await authProxy(request, event)) ?? null;
  return answer?.headers.has('location') ? toSignIn(request, answer) : answer;
}

/**
 * Auth.js sends a visitor without a session to the sign-in page with the full URL it believes was
 * asked for, host included (AUTH_URL's, or whatever Next.js thinks it listens on). The page asked
 * for travels as a path instead, and the redirect is on the request's own URL, which Next.js then
 * sends as a relative Location: the browser stays on the host it used, whatever proxies stand between.
 */
function toSignIn(request: NextRequest, answer: Response): Response {
  const { pathname, search } = request.nextUrl;
  const location = new URL(signInPath(`${pathname}${search}`), request.nextUrl);
  const response = NextResponse.redirect(location, 307);
  for (const cookie of answer.headers.getSetCookie()) response.headers.append('set-cookie', cookie);
  return response;
}

/** Lets the request through with the policy among its headers, and the cookies Auth.js renewed. */
function passOn(request: NextRequest, policy: string, sessionAnswer: Response | null): Response {
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  for (const cookie of sessionAnswer?.headers.getSetCookie() ?? []) response.headers.append('set-cookie', cookie);
  return response;
}

export const config = {
  matcher: ['/((?!api|scim|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
