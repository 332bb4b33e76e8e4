import { createHash, randomBytes } from 'node:crypto';

/** Recognisable in a secret scanner's rules and in a support request, without revealing anything. */
const TOKEN_PREFIX = 'vbscim_';

/** A new bearer token: 32 random bytes, URL-safe. */
export function generateScimToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a token: its SHA-256 in hex. A token has 256 bits of entropy, so a fast hash is enough. */
export function hashScimToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerTokenOf(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
