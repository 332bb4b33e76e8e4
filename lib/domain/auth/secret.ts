import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DEV_SECRET_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'auth-secret');

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      'AUTH_SECRET is not set. Verbinding refuses to run in production without it: generate one with `openssl rand -base64 33` and set AUTH_SECRET.',
    );
    this.name = 'MissingAuthSecretError';
  }
}

/** A local secret kept in .data/, made once, for the demo and development. */
export function readOrCreateLocalSecret(file = DEV_SECRET_FILE): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(33).toString('base64');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Production needs AUTH_SECRET; development falls back to the local secret. */
export function resolveAuthSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === 'production') throw new MissingAuthSecretError();
  return readOrCreateLocalSecret();
}
