import 'server-only';
import { headers } from 'next/headers';
import { readSessionToken } from './session-token';

/** The person the request's session names. Sessions roll on page loads, in the proxy. */
export async function sessionPersonId(): Promise<number | null> {
  const token = await readSessionToken(await headers());
  return typeof token?.personId === 'number' ? token.personId : null;
}
