import 'server-only';
import { getToken } from 'next-auth/jwt';
import { headers } from 'next/headers';
import { resolveAuthSecret } from './secret';

/** Auth.js names the session cookie `__Secure-…` when it sees https, in AUTH_URL or the forwarded protocol. */
function usesSecureCookie(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (requestHeaders.get('x-forwarded-proto') ?? 'https');
  return protocol.replace(/:$/, '') === 'https';
}

/**
 * The person the request's session token names: decrypted and its expiry checked, without running
 * Auth.js's session endpoint, which also mints a CSRF token and re-encrypts the cookie on every
 * call. Sessions still roll on page loads, in the proxy.
 */
export async function sessionPersonId(): Promise<number | null> {
  const requestHeaders = await headers();
  const token = await getToken({ req: { headers: requestHeaders }, secret: resolveAuthSecret(), secureCookie: usesSecureCookie(requestHeaders) });
  return typeof token?.personId === 'number' ? token.personId : null;
}
