import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { E2E_IDP, claimsOfLogin } from './e2e-identity-provider';

/**
 * A real OpenID Connect provider for the end-to-end suite, started by playwright.config.ts beside the
 * app: discovery, its development sign-in form (any login, any password), authorization code with
 * PKCE, ID tokens and userinfo. The login typed is the account; its claims come from claimsOfLogin.
 */
const provider = new Provider(E2E_IDP.issuer, {
  clients: [
    {
      client_id: E2E_IDP.clientId,
      client_secret: E2E_IDP.clientSecret,
      redirect_uris: [E2E_IDP.callbackUrl],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (_ctx, login) => ({ accountId: login, claims: () => claimsOfLogin(login) }),
  // Verbinding is a first-party application here, as in an organisation's own tenant: no consent screen.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const { client, session } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const existing = session.grantIdFor(client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: { keys: ['e2e-identity-provider-cookie-key'] },
  features: { devInteractions: { enabled: true } },
});

// Said on stderr, which Playwright shows: why the provider refused a request of the app's.
const report = (event: string) => (_ctx: unknown, error: Error & { error_detail?: string }) =>
  console.error(`identity provider ${event}: ${error.message} ${error.error_detail ?? ''}`);
provider.on('authorization.error', report('authorization.error'));
provider.on('grant.error', report('grant.error'));
provider.on('userinfo.error', report('userinfo.error'));
provider.on('server_error', report('server_error'));

provider.listen(E2E_IDP.port, '127.0.0.1', () => {
  console.log(`e2e identity provider at ${E2E_IDP.issuer}`);
});
