import 'server-only';
import { headers } from 'next/headers';
import { type SignedInSession, sessionOfToken } from '@/lib/server/sessions/session-lifetime';
import { readSessionToken } from './session-token';

/** The session the request carries, within its absolute lifetime; whether it was ended is the data layer's to check. Sessions roll on page loads, in the proxy. */
export async function requestSession(): Promise<SignedInSession | null> {
  return sessionOfToken(await readSessionToken(await headers()));
}
