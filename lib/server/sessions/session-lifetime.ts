import type { JWT } from 'next-auth/jwt';
import type { SessionIdentity } from '@/lib/domain/sessions/session-identity';

/** A session unused this long ends: the token's expiry, renewed as the person keeps using the app. */
export const IDLE_SESSION_SECONDS = 8 * 60 * 60;

const DEFAULT_ABSOLUTE_HOURS = 12;

/**
 * However actively it is used, a session ends this long after its sign-in (SESSION_MAX_HOURS, 12 by
 * default), so a copied cookie does not live on by being renewed.
 */
export function absoluteSessionSeconds(env: Record<string, string | undefined> = process.env): number {
  const hours = Number(env.SESSION_MAX_HOURS ?? DEFAULT_ABSOLUTE_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_ABSOLUTE_HOURS) * 60 * 60;
}

export interface SignedInSession extends SessionIdentity {
  /** When the person signed in, in seconds since the epoch. */
  authTime: number;
}

/** The session a token carries, or null when it lacks a sign-in's claims or is past its absolute lifetime. */
export function sessionOfToken(
  token: JWT | null,
  nowSeconds = Date.now() / 1000,
  env: Record<string, string | undefined> = process.env,
): SignedInSession | null {
  if (!token) return null;
  const { personId, sessionId, sessionVersion, authTime } = token;
  if (
    typeof personId !== 'number' ||
    typeof sessionId !== 'string' ||
    typeof sessionVersion !== 'number' ||
    typeof authTime !== 'number'
  )
    return null;
  if (nowSeconds - authTime >= absoluteSessionSeconds(env)) return null;
  return { personId, sessionId, sessionVersion, authTime };
}
