import { type Permission, type Role, can, homeFor } from '@/lib/domain/permissions';

/** Any origin will do: a path is resolved against it only to see whether it stays on it. */
const PROBE_ORIGIN = 'https://verbinding.invalid';

/** Where the sign-in page itself lives: never a place to come back to. */
const SIGN_IN = /^\/(login|api)(\/|$|\?)/;

/**
 * The path to come back to after signing in, when `value` is a path on this site: it starts with
 * one `/`, holds no backslash or control character, and stays on the same origin once resolved.
 * Full URLs (even of this very host), `//host` and `/\host` are refused, so the sign-in page can
 * never send anyone elsewhere. Returns the normalised path with its query and fragment, or null.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  if (!URL.canParse(value, PROBE_ORIGIN)) return null;
  const url = new URL(value, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return SIGN_IN.test(path) ? null : path;
}

/** The pages one may be sent back to, and which permissions open them (any of them will do); the longest prefix decides. */
const PAGE_PERMISSIONS: readonly { prefix: string; permissions: readonly Permission[] }[] = [
  { prefix: '/survey', permissions: ['survey:answer'] },
  { prefix: '/me', permissions: ['survey:answer'] },
  { prefix: '/team', permissions: ['team:view', 'org:view'] },
  { prefix: '/alerts', permissions: ['team:view'] },
  { prefix: '/org', permissions: ['org:view'] },
  { prefix: '/org/departments', permissions: ['team:view', 'org:view'] },
  { prefix: '/org/people', permissions: ['org:manage'] },
  { prefix: '/org/pulses', permissions: ['org:manage'] },
  { prefix: '/org/structure', permissions: ['org:manage'] },
  { prefix: '/admin', permissions: ['admin:manage'] },
];

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** Whether a person with these roles may open the page at `path` at all; which team or department is the data layer's to decide. */
export function mayOpenPage(roles: readonly Role[], path: string): boolean {
  const pathname = new URL(path, PROBE_ORIGIN).pathname;
  const page = PAGE_PERMISSIONS.filter((entry) => under(pathname, entry.prefix)).sort(
    (a, b) => b.prefix.length - a.prefix.length,
  )[0];
  return page !== undefined && page.permissions.some((permission) => can(roles, permission));
}

/**
 * Where a person lands once signed in: the page they were going to when it is a path on this site
 * that their roles open, otherwise the home of their most responsible role (null: no role at all).
 */
export function landingAfterSignIn(roles: readonly Role[], callback: unknown): string | null {
  const path = safeCallbackPath(callback);
  return path !== null && mayOpenPage(roles, path) ? path : homeFor(roles);
}

/** The sign-in page, carrying the page asked for (a path on this site, never a host) to come back to. */
export function signInPath(requested: unknown): string {
  const callback = safeCallbackPath(requested);
  return callback === null || callback === '/' ? '/login' : `/login?${new URLSearchParams({ callbackUrl: callback })}`;
}
