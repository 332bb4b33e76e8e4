import { oidcVariable } from '@/lib/domain/auth/oidc-providers';
import { E2E_BASE_URL, E2E_PORT } from './e2e-environment';

/** A port of its own beside the checkout's E2E_PORT, so that suites side by side do not meet. */
const E2E_IDP_PORT = Number(process.env.E2E_IDP_PORT ?? E2E_PORT + 1000);

/**
 * The OpenID Connect provider the end-to-end suite signs in through (e2e/support/identity-provider-server.ts):
 * a real one, the `oidc-provider` package, with the one client the e2e server is configured as.
 */
export const E2E_IDP = {
  id: 'e2e-idp',
  name: 'Test-IdP',
  issuer: `http://127.0.0.1:${E2E_IDP_PORT}`,
  port: E2E_IDP_PORT,
  clientId: 'verbinding-e2e',
  clientSecret: 'e2e-client-secret-that-is-not-a-secret',
  callbackUrl: `${E2E_BASE_URL}/api/auth/callback/e2e-idp`,
};

/** The e2e server's environment for it, named as an organisation would set it. */
export function identityProviderEnv(): Record<string, string> {
  return {
    AUTH_OIDC_PROVIDERS: E2E_IDP.id,
    [oidcVariable(E2E_IDP.id, 'issuer')]: E2E_IDP.issuer,
    [oidcVariable(E2E_IDP.id, 'clientId')]: E2E_IDP.clientId,
    [oidcVariable(E2E_IDP.id, 'clientSecret')]: E2E_IDP.clientSecret,
    [oidcVariable(E2E_IDP.id, 'name')]: E2E_IDP.name,
  };
}

const UNVERIFIED = 'unverified:';

/**
 * What to type as the login on the provider's sign-in form: the provider vouches for the email as
 * it is typed, and says it is not verified when the login is `unverifiedLogin(email)`.
 */
export function unverifiedLogin(email: string): string {
  return `${UNVERIFIED}${email}`;
}

/** The claims the provider gives for a login. */
export function claimsOfLogin(login: string): { sub: string; email: string; email_verified: boolean; name: string } {
  const verified = !login.startsWith(UNVERIFIED);
  const email = verified ? login : login.slice(UNVERIFIED.length);
  return { sub: login, email, email_verified: verified, name: email.split('@')[0]! };
}
