import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
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
  close: () => Promise<void>;
}

export const DEFAULT_PGLITE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'pglite');

/** postgres.js when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export function openDatabase(options: { url?: string; dataDir?: string } = {}): DatabaseHandle {
  if (options.url) {
    const client = postgres(options.url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema, casing: 'snake_case' }),
      driver: 'postgres',
      close: () => client.end(),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  return {
    db: drizzlePglite(client, { schema, casing: 'snake_case' }),
    driver: 'pglite',
    close: () => client.close(),
  };
}

/** Reads DATABASE_URL and PGLITE_DIR, the same way for the app, the scripts and the tests. */
export function openDatabaseFromEnv(): DatabaseHandle {
  return openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
}
