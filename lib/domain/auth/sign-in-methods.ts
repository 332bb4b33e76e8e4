/** Which sign-in methods this deployment offers, decided from its environment alone. */
export type SignInMethod = 'credentials' | 'microsoft-entra-id';

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
  return entraConfigFrom(env) ? ['credentials', 'microsoft-entra-id'] : ['credentials'];
}
