/**
 * postgres.js's own codes for a connection that went away or never came, and Node's for a socket
 * that could not reach the server (refused, reset, no route, a name that no longer resolves).
 */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting up, full, or no longer the primary: a
 * demoted node refuses writes as a read-only transaction (25006).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '25006']);
/** Class 08: connection exceptions. */
const CONNECTION_EXCEPTION_CLASS = '08';

/**
 * Whether a failure means the database could not be reached or is not the writable primary right
 * now, so the same request may well succeed in a moment. Drizzle wraps the driver's error in its
 * own, so the chain of causes is followed.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
      if (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
    }
    current = current.cause;
  }
  return false;
}
