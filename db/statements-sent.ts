/**
 * Starts a statement now (Drizzle's run only once something waits for them) and keeps its failure
 * for whoever awaits it later, so that the database works on it while this process goes on.
 */
export function inFlight<T>(statement: PromiseLike<T>): Promise<T> {
  const started = Promise.resolve(statement);
  started.catch(() => {});
  return started;
}

/**
 * Resolves once every statement issued before it has been written to the database's socket, so that
 * the database works on them while this process computes something else. postgres.js holds a short
 * message (a prepared statement's bind and execute) until the event loop's next check phase: the
 * first turn lets the driver's promise jobs queue that write, the second comes after it.
 */
export async function statementsSent(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}
