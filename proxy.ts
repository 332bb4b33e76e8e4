import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';
import { resolveAuthSecret } from '@/lib/auth/secret';

const { auth } = NextAuth(() => ({ ...authConfig, secret: resolveAuthSecret() }));

/**
 * Only redirects visitors without a session to /login. Whether a signed-in person may see
 * anything is decided by the data layer, never here.
 */
export default auth;

export const config = {
  matcher: ['/((?!api|login|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
