import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/permissions';

/**
 * The part of the Auth.js configuration without providers or database, shared by the proxy
 * (which only redirects) and the full configuration in lib/auth/index.ts.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
    jwt({ token, user }) {
      if (user?.id) {
        token.personId = Number(user.id);
        token.roles = user.roles ?? [];
      }
      return token;
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
  }
  interface Session {
    user: { id: string; personId: number; roles: Role[]; name?: string | null; email?: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    personId: number;
    roles: Role[];
  }
}
