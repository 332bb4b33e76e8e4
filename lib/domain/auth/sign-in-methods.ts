import { oidcProvidersFrom } from './oidc-providers';

/**
 * Which sign-in methods this deployment offers, decided from its environment alone: 'credentials',
 * 'microsoft-entra-id', or the id of an OpenID Connect provider (lib/domain/auth/oidc-providers.ts).
 */
export type SignInMethod = string;

export interface EntraConfig {
  clientId: string;
  clientSecret: string;
  issuer: string;
}

type Env = Record<string, string | undefined>;

export function entraConfigFrom(env: Env): EntraConfig | null {
  const clientId = env.AUTH_MICROSOFT_ENTRA_ID_ID;
  const clientSecret = env.AUTH_MICROSOFT_ENTRA_ID_SECRET;
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  return clientId && clientSecret && issuer ? { clientId, clientSecret, issuer } : null;
}

export function signInMethodsFrom(env: Env): SignInMethod[] {
  return ['credentials', ...singleSignOnMethodsFrom(env)];
}

/** The methods that send a person to their organisation's identity provider. */
export function singleSignOnMethodsFrom(env: Env): SignInMethod[] {
  return [...(entraConfigFrom(env) ? ['microsoft-entra-id'] : []), ...oidcProvidersFrom(env).map(({ id }) => id)];
}
