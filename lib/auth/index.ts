import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { getDb } from '@/db';
import { authConfig } from './config';
import { credentialsSchema } from './credentials-schema';
import { authenticateWithPassword, findPersonForSingleSignOn } from './people-lookup';
import { resolveAuthSecret } from './secret';
import { entraConfigFrom } from './sign-in-methods';

const entra = entraConfigFrom(process.env);

// Configured lazily, on the first request, so that building the app needs no secret.
const nextAuth = NextAuth(() => ({
  ...authConfig,
  secret: resolveAuthSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input) {
        const parsed = credentialsSchema.safeParse(input);
        if (!parsed.success) return null;
        return authenticateWithPassword(await getDb(), parsed.data.email, parsed.data.password);
      },
    }),
    ...(entra ? [MicrosoftEntraID(entra)] : []),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account }) {
      if (account?.provider === 'credentials') return true;
      return Boolean(user.email && (await findPersonForSingleSignOn(await getDb(), user.email)));
    },
    async jwt({ token, user, account }) {
      if (account && account.provider !== 'credentials' && user?.email) {
        const person = await findPersonForSingleSignOn(await getDb(), user.email);
        if (person) return authConfig.callbacks.jwt({ token, user: person });
      }
      return authConfig.callbacks.jwt({ token, user });
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;
