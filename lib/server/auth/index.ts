import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { getDb } from '@/db';
import { loadViewer } from '@/lib/server/access/viewer';
import { sessionOfToken } from '@/lib/server/sessions/session-lifetime';
import { clientAddressOf } from '@/lib/domain/auth/client-address';
import { authConfig } from './config';
import { credentialsSchema } from '@/lib/domain/auth/credentials-schema';
import { asCredentialsRefusal } from './password-sign-in-errors';
import { findPersonForSingleSignOn } from '@/lib/queries/auth/people-lookup';
import { resolveAuthSecret } from '@/lib/domain/auth/secret';
import { recordSignIn } from './sign-in-audit';
import { entraConfigFrom } from '@/lib/domain/auth/sign-in-methods';
import { oidcProvidersFrom } from '@/lib/domain/auth/oidc-providers';
import { vouchedEmail } from '@/lib/domain/auth/single-sign-on-email';
import { authenticateWithThrottle } from './sign-in-throttle';
import { oidcProvider } from './oidc-provider';

const entra = entraConfigFrom(process.env);
const oidc = oidcProvidersFrom(process.env);

// Configured lazily, on the first request, so that building the app needs no secret.
const nextAuth = NextAuth(() => ({
  ...authConfig,
  secret: resolveAuthSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input, request) {
        const parsed = credentialsSchema.safeParse(input);
        if (!parsed.success) return null;
        const attempt = { ...parsed.data, clientAddress: clientAddressOf(request.headers) };
        return authenticateWithThrottle(await getDb(), attempt).catch((error: unknown) => {
          throw asCredentialsRefusal(error);
        });
      },
    }),
    ...(entra ? [MicrosoftEntraID(entra)] : []),
    ...oidc.map(oidcProvider),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, profile }) {
      // A password sign-in was checked, throttled and audited in authorize.
      if (account?.provider === 'credentials') return true;
      const provider = account?.provider ?? 'single-sign-on';
      const email = vouchedEmail(provider, profile);
      const db = await getDb();
      const person = email ? await findPersonForSingleSignOn(db, email) : null;
      if (person) await recordSignIn(db, Number(person.id), provider);
      return Boolean(person);
    },
    /**
     * Auth.js's own endpoints (/api/auth/session among them) answer from the token alone: a session
     * that was signed out, ended everywhere or whose person was deactivated ends there too.
     */
    async jwt({ token, user, account }) {
      if (account && account.provider !== 'credentials' && user?.email) {
        const person = await findPersonForSingleSignOn(await getDb(), user.email);
        if (person) return authConfig.callbacks.jwt({ token, user: person });
      }
      if (user) return authConfig.callbacks.jwt({ token, user });
      const session = sessionOfToken(token);
      return session && (await loadViewer(await getDb(), session)) ? token : null;
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;
