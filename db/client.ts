import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the app uses, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** A raw parameterised statement, for what Drizzle does not express (EXPLAIN, COPY). */
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  url?: string;
  dataDir?: string;
  logger?: Logger;
}

export const DEFAULT_PGLITE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'pglite');

/** postgres.js when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export function openDatabase(options: OpenOptions = {}): DatabaseHandle {
  if (options.url) {
    const client = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      // Plans stay per execution, as for unnamed statements, while the statements are named (below).
      connection: { plan_cache_mode: 'force_custom_plan' },
    });
    return {
      db: drizzlePostgres(preparingStatements(client), { schema, casing: 'snake_case', logger: options.logger }),
      driver: 'postgres',
      query: (text, params = []) => client.unsafe(text, params as never[]),
      close: () => client.end(),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  return {
    db: drizzlePglite(client, { schema, casing: 'snake_case', logger: options.logger }),
    driver: 'pglite',
    query: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
    close: () => client.close(),
  };
}

/**
 * Drizzle sends its statements unnamed, and postgres.js first describes every unnamed statement
 * that has parameters in a round trip of its own, which also holds back the statements queued
 * after it. Named, a statement is described once per connection and pipelines: half the round
 * trips. Transactions and savepoints hand Drizzle new clients, which get the same treatment.
 */
function preparingStatements<Client extends postgres.Sql | postgres.TransactionSql>(client: Client): Client {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') return (query: string, params?: never[], options?: postgres.UnsafeQueryOptions) => target.unsafe(query, params, { ...options, prepare: true });
      const value: unknown = Reflect.get(target, key, receiver);
      if ((key === 'begin' || key === 'savepoint') && typeof value === 'function') {
        return (...args: unknown[]) => {
          const callback = args.pop() as (sql: postgres.TransactionSql) => unknown;
          return value.call(target, ...args, (sql: postgres.TransactionSql) => callback(preparingStatements(sql))) as unknown;
        };
      }
      return value;
    },
  });
}

/** Reads DATABASE_URL and PGLITE_DIR, the same way for the app, the scripts and the tests. */
export function openDatabaseFromEnv(): DatabaseHandle {
  return openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
}
