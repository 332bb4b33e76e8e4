import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { allowPipelining } from './pipelined-transaction';
import { preparingStatements } from './preparing-statements';
import { readingFromPrimaryWhileReplicaIsDown } from './replica-fallback';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the app uses, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** The postgres.js pool behind `db`; null on PGlite. */
  sql: postgres.Sql | null;
  /** A raw parameterised statement, for what Drizzle does not express (EXPLAIN, COPY). */
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  url?: string;
  dataDir?: string;
  logger?: Logger;
  /** For a read replica: the primary's pool, which reads go to while the replica cannot be reached. */
  primary?: postgres.Sql;
}

/**
 * How the pool treats servers that come and go. A host that neither answers nor refuses holds a
 * request no longer than the connect timeout (postgres.js waits 30 s). A connection that failed
 * waits before it tries again, longer after each failure with jitter (postgres.js's own backoff,
 * but up to 2 s instead of 20 s, so requests find a primary that is back within seconds).
 * `DATABASE_URL` may name several hosts (`postgres://u@h1:5432,h2:5432/db?target_session_attrs=read-write`):
 * each connection then tries them in turn until one fits.
 */
const POOL_OPTIONS = {
  connect_timeout: 3,
  backoff: (failures: number) => (0.5 + Math.random() / 2) * Math.min(3 ** failures / 100, 2),
  onnotice: () => {},
};

export const DEFAULT_PGLITE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'pglite');

/** postgres.js when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export function openDatabase(options: OpenOptions = {}): DatabaseHandle {
  if (options.url) {
    const client = postgres(options.url, { ...POOL_OPTIONS, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const reading = options.primary ? readingFromPrimaryWhileReplicaIsDown(client, options.primary) : client;
    const db = drizzlePostgres(preparingStatements(reading), { schema, casing: 'snake_case', logger: options.logger });
    allowPipelining(db, client);
    return {
      db,
      driver: 'postgres',
      sql: client,
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
    sql: null,
    query: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
    close: () => client.close(),
  };
}

/** Reads DATABASE_URL and PGLITE_DIR, the same way for the app, the scripts and the tests. */
export function openDatabaseFromEnv(): DatabaseHandle {
  return openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
}
