import 'server-only';
import type { OIDCConfig } from 'next-auth/providers';
import type { OidcProviderConfig } from '@/lib/domain/auth/oidc-providers';

/**
 * Auth.js's generic OpenID Connect provider: its endpoints come from the issuer's discovery document.
 * The person's claims are read from the userinfo endpoint (after the ID token is checked), which
 * answers the email scope with `email` and `email_verified` everywhere, where some providers leave
 * them out of the ID token.
 */
export function oidcProvider({
  id,
  name,
  issuer,
  clientId,
  clientSecret,
}: OidcProviderConfig): OIDCConfig<Record<string, unknown>> {
  return {
    id,
    name,
    type: 'oidc',
    issuer,
    clientId,
    clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: false,
  };
}
