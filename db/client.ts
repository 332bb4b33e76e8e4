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
    const client = postgres(options.url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    const db = drizzlePostgres(preparingStatements(client), { schema, casing: 'snake_case', logger: options.logger });
    allowPipelining(db, client);
    return {
      db,
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

/** Reads DATABASE_URL and PGLITE_DIR, the same way for the app, the scripts and the tests. */
export function openDatabaseFromEnv(): DatabaseHandle {
  return openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
}
