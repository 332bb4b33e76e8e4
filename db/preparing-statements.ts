import type postgres from 'postgres';

/**
 * Drizzle sends its statements unnamed, and postgres.js first describes every unnamed statement
 * that has parameters in a round trip of its own, which also holds back the statements queued
 * after it. Named, a statement is described once per connection and pipelines: half the round
 * trips. Transactions and savepoints hand Drizzle new clients, which get the same treatment.
 */
export function preparingStatements<Client extends postgres.Sql | postgres.TransactionSql>(client: Client): Client {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe')
        return (query: string, params?: never[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params, { ...options, prepare: true });
      const value: unknown = Reflect.get(target, key, receiver);
      if ((key === 'begin' || key === 'savepoint') && typeof value === 'function') {
        return (...args: unknown[]) => {
          const callback = args.pop() as (sql: postgres.TransactionSql) => unknown;
          return value.call(target, ...args, (sql: postgres.TransactionSql) =>
            callback(preparingStatements(sql)),
          ) as unknown;
        };
      }
      return value;
    },
  });
}
