import 'server-only';
import { type DatabaseHandle, openDatabaseFromEnv } from './client';
import { migrateDatabase } from './migrate';

const globalForDb = globalThis as unknown as { verbindingDb?: Promise<DatabaseHandle> };

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
