import { entraConfigFrom } from '@/lib/domain/auth/sign-in-methods';
import { oidcProvidersFrom } from '@/lib/domain/auth/oidc-providers';

export interface PagePolicyOptions {
  /** Fresh for every response; Next.js puts it on its own scripts and styles. */
  nonce: string;
  /** React's development build evaluates code to rebuild server stacks and injects styles without nonces. */
  development: boolean;
  /** Origins besides our own that a form post may lead to: the identity provider a sign-in redirects to. */
  formTargets: readonly string[];
}

/**
 * The Content-Security-Policy of an HTML page: scripts run only with the response's nonce (and what
 * those load: 'strict-dynamic'), everything else comes from our own origin, nobody may frame us.
 * Style attributes stay allowed (React renders widths and heatmap colours as attributes); style
 * elements need the nonce.
 */
export function pageContentSecurityPolicy({ nonce, development, formTargets }: PagePolicyOptions): string {
  const styleElements = development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': styleElements,
    'style-src-elem': styleElements,
    'style-src-attr': ["'unsafe-inline'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...formTargets],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** 128 random bits, base64: a nonce nobody can guess. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * A single sign-on button (Microsoft Entra ID, or another OpenID Connect provider) posts a form whose
 * answer redirects to the identity provider, and Chromium holds such redirects to form-action: the
 * origins of the configured issuers, where their sign-in pages are.
 */
export function formTargetsFrom(env: Record<string, string | undefined>): string[] {
  const issuers = [entraConfigFrom(env)?.issuer, ...oidcProvidersFrom(env).map(({ issuer }) => issuer)];
  const origins = issuers.flatMap((issuer) => (issuer && URL.canParse(issuer) ? [new URL(issuer).origin] : []));
  return [...new Set(origins)];
}
