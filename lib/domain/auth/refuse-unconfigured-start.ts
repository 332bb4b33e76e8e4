import { MissingAuthSecretError } from './secret';
import { oidcProvidersProblem } from './oidc-providers';

/**
 * What a production server cannot run without: AUTH_SECRET signs the sessions, and AUTH_URL is the
 * one origin it answers as (for redirects, cookies and the cross-site check) instead of whatever Host
 * header a request brings.
 */
export function unconfiguredForProduction(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== 'production') return null;
  if (!env.AUTH_SECRET) return new MissingAuthSecretError().message;
  if (!env.AUTH_URL)
    return 'AUTH_URL is not set. Verbinding refuses to run in production without it: set it to the address people open, e.g. AUTH_URL=https://verbinding.example.org.';
  if (!URL.canParse(env.AUTH_URL))
    return `AUTH_URL is not a valid address: "${env.AUTH_URL}". Set it to the address people open, e.g. https://verbinding.example.org.`;
  return null;
}

/**
 * What no server runs with, in any environment: a half-configured OpenID Connect provider, which
 * would otherwise show a button that fails, or no button at all, without saying why.
 */
export function unconfiguredToStart(env: Record<string, string | undefined>): string | null {
  return oidcProvidersProblem(env) ?? unconfiguredForProduction(env);
}

/** A server missing its configuration stops at start, saying why, instead of failing at first sign-in. */
export function refuseToStartUnconfigured(): void {
  const problem = unconfiguredToStart(process.env);
  if (!problem) return;
  console.error(`\n${problem}\n`);
  process.exit(1);
}
