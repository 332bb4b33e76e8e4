import { type JWT, getToken } from 'next-auth/jwt';
import { rememberedSessionTokens } from './remembered-session-tokens';
import { decryptSessionToken } from './session-token-decryption';
import { resolveAuthSecret } from '@/lib/domain/auth/secret';

/** Auth.js names the session cookie `__Secure-…` when it sees https, in AUTH_URL or the forwarded protocol. */
function usesSecureCookie(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (requestHeaders.get('x-forwarded-proto') ?? 'https');
  return protocol.replace(/:$/, '') === 'https';
}

const remembered = rememberedSessionTokens(decryptSessionToken);

/**
 * The request's session token, decrypted and its expiry checked, or null: without running
 * Auth.js's session endpoint, which also mints a CSRF token and re-encrypts the cookie.
 */
export async function readSessionToken(requestHeaders: Headers): Promise<JWT | null> {
  return getToken({
    req: { headers: requestHeaders },
    secret: resolveAuthSecret(),
    secureCookie: usesSecureCookie(requestHeaders),
    decode: remembered.decode,
  });
}
