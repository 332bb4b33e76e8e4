import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Where the end-to-end server keeps its data: a database of its own on the DATABASE_URL server
 * (dropped after the run) or, without DATABASE_URL, an embedded PGlite directory of its own.
 */
export function e2eDatabaseEnv(env: Record<string, string | undefined> = process.env): {
  DATABASE_URL?: string;
  PGLITE_DIR?: string;
} {
  if (!env.DATABASE_URL) return { PGLITE_DIR: path.join(process.cwd(), '.data', 'e2e-pglite') };
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${E2E_DATABASE_NAME}`;
  return { DATABASE_URL: url.toString() };
}

/** Several checkouts on one machine run their suites side by side with names and ports of their own. */
export const E2E_DATABASE_NAME = process.env.E2E_DATABASE_NAME ?? 'verbinding_e2e';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * The address the specs open and the server's AUTH_URL: localhost, not 127.0.0.1, because Next.js
 * renames 127.0.0.1 to localhost in the URL a route handler sees, and Auth.js would then finish an
 * identity provider's sign-in at another address than the one it started from (e2e/oidc-sign-in.spec.ts).
 */
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

/**
 * One secret per run; the server gets it through its environment like in production. Kept in the
 * runner's environment so that its workers, which inherit it, mint cookies with the same secret.
 */
export const E2E_AUTH_SECRET = (process.env.E2E_AUTH_SECRET ??= randomBytes(33).toString('base64'));
