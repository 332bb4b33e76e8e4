import 'server-only';
import { type DatabaseHandle, openDatabase, openDatabaseFromEnv } from './client';
import { migrateDatabase } from './migrate';

const globalForDb = globalThis as unknown as {
  verbindingDb?: Promise<DatabaseHandle>;
  verbindingReadDb?: DatabaseHandle;
};

async function connect(): Promise<DatabaseHandle> {
  const handle = openDatabaseFromEnv();
  // The embedded database belongs to this process alone, so it is brought up to date here.
  if (handle.driver === 'pglite') await migrateDatabase(handle);
  return handle;
}

/** The app's one database client, created on first use and kept across hot reloads in dev. */
export async function getDb() {
  globalForDb.verbindingDb ??= connect();
  return (await globalForDb.verbindingDb).db;
}

/**
 * The database that report queries read from: the read replica at DATABASE_READ_URL when one is
 * set, otherwise the primary. Reports may lag the primary by the replication delay; nothing that
 * writes, and nothing that must see its own write, reads from here. While the replica cannot be
 * reached, its reads go to the primary (db/replica-fallback.ts).
 */
export async function getReadDb() {
  const url = process.env.DATABASE_READ_URL;
  if (!url) return getDb();
  const primary = (await (globalForDb.verbindingDb ??= connect())).sql ?? undefined;
  globalForDb.verbindingReadDb ??= openDatabase({ url, primary });
  return globalForDb.verbindingReadDb.db;
}
