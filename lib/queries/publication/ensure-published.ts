import type { Database } from '@/db/client';
import { generateAlerts } from '@/lib/queries/alerts/generate-alerts';
import { publishDue } from './publish-due';

/** How often one server process looks for something to publish. */
const LOOK_EVERY_MS = 30_000;
let nextLookAt = 0;

/**
 * Starts publishing what has become final, at most every half minute per process, on a signed-in
 * request, without making the request wait: deciding a quarter of a large organisation takes
 * seconds, and the request shows what was published until then. No job has to run. Then the leaders
 * are alerted (lib/queries/alerts). A run another server holds is skipped, and a failure leaves what
 * was published as it was, to be tried again.
 */
export function ensurePublished(db: Database): void {
  if (Date.now() < nextLookAt) return;
  nextLookAt = Date.now() + LOOK_EVERY_MS;
  publishDue(db, { wait: false })
    .then((run) => (run.skipped ? undefined : generateAlerts(db)))
    .catch((error: unknown) =>
      console.error('Publishing the results that became final failed; it is tried again shortly.', error),
    );
}
