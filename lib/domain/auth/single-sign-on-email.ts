/**
 * The email address an identity provider vouches for, or null. Entra ID is the organisation's own
 * directory and sends no `email_verified`; any other OpenID Connect provider must say the address is
 * verified, because some (Google, Keycloak with self-registration) let people enter addresses they
 * do not own.
 */
export function vouchedEmail(provider: string, profile: Record<string, unknown> | undefined): string | null {
  const email = typeof profile?.email === 'string' && profile.email.trim() ? profile.email.trim() : null;
  if (provider === 'microsoft-entra-id') return email;
  return profile?.email_verified === true ? email : null;
}
