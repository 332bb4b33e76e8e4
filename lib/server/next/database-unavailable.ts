import 'server-only';
import { isDatabaseUnreachable } from '@/db/unreachable-database';
import { AppError } from '@/lib/domain/errors';

/** How long a client is asked to wait: a failover of the primary takes seconds, not minutes. */
export const RETRY_AFTER_SECONDS = 5;

const MESSAGE =
  'The database cannot be reached just now, for instance while it switches servers. Try again in a few seconds.';

/**
 * A failure because the database is down, restarting, or no longer the primary, as the 503 the
 * request may retry; null for any other failure. A request that was cut off may or may not have
 * committed: every write the API takes is safe to send again (a PUT replaces the response).
 */
export function databaseUnavailable(error: unknown): AppError | null {
  if (!isDatabaseUnreachable(error)) return null;
  console.warn(`Answered 503: the database cannot be reached (${String(error)}).`);
  return new AppError('unavailable', MESSAGE);
}
