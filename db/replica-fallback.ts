import type postgres from 'postgres';
import { isDatabaseUnreachable } from './unreachable-database';

/** How long reads stay on the primary after the replica failed, before the next read tries it again. */
export const REPLICA_RECHECK_MS = 5_000;

type Run = (client: postgres.Sql) => Promise<unknown>;

/**
 * The replica's pool, except that a statement the replica cannot answer because it cannot be
 * reached runs on the primary instead, and so do all statements for a few seconds after: a report
 * then shows the primary's figures, which are only newer, rather than an error. After that the
 * replica is tried again, and reads return to it once it answers. Only reads come here, so running
 * one again elsewhere is safe. Drizzle sends every statement through `unsafe`, awaited directly or
 * through `.values()`; both are covered.
 */
export function readingFromPrimaryWhileReplicaIsDown(replica: postgres.Sql, primary: postgres.Sql): postgres.Sql {
  let replicaDownUntil = 0;
  const read = async (run: Run) => {
    if (Date.now() < replicaDownUntil) return run(primary);
    try {
      return await run(replica);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      if (Date.now() >= replicaDownUntil)
        console.warn(`The read replica cannot be reached (${String(error)}); reports read from the primary for now.`);
      replicaDownUntil = Date.now() + REPLICA_RECHECK_MS;
      return run(primary);
    }
  };
  return new Proxy(replica, {
    get(target, key, receiver) {
      if (key !== 'unsafe') return Reflect.get(target, key, receiver) as unknown;
      return (query: string, params?: never[], options?: postgres.UnsafeQueryOptions) => {
        const statement = (client: postgres.Sql) => client.unsafe(query, params, options);
        return {
          values: () => read((client) => statement(client).values()),
          then: (resolve: (rows: unknown) => unknown, reject: (error: unknown) => unknown) =>
            read(statement).then(resolve, reject),
        };
      };
    },
  });
}
