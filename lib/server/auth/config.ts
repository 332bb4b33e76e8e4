import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/domain/permissions';
import { IDLE_SESSION_SECONDS, sessionOfToken } from '@/lib/server/sessions/session-lifetime';

/**
 * The part of the Auth.js configuration without providers or database, shared by the proxy
 * (which only redirects) and the full configuration in lib/server/auth/index.ts.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: IDLE_SESSION_SECONDS },
  trustHost: true,
  logger: {
    // A wrong password is an expected outcome, answered on the page; real failures are still logged.
    error(error) {
      if (!('type' in error && error.type === 'CredentialsSignin')) console.error(error);
    },
  },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
    /** A sign-in starts a session of its own; renewing a token past its absolute lifetime ends it instead. */
    jwt({ token, user }) {
      if (user?.id) {
        const session = {
          personId: Number(user.id),
          roles: user.roles ?? [],
          sessionId: crypto.randomUUID(),
          sessionVersion: user.sessionVersion ?? 0,
          authTime: Math.floor(Date.now() / 1000),
        };
        return { ...token, ...session };
      }
      return sessionOfToken(token) ? token : null;
    },
    session({ session, token }) {
      session.user.id = String(token.personId);
      session.user.personId = token.personId;
      session.user.roles = token.roles;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module 'next-auth' {
  interface User {
    roles?: Role[];
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; personId: number; roles: Role[]; name?: string | null; email?: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    personId: number;
    roles: Role[];
    sessionId: string;
    sessionVersion: number;
    /** When the person signed in, in seconds: the absolute lifetime counts from here. */
    authTime: number;
  }
}
