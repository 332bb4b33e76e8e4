import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type DatabaseHandle, type OpenOptions, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

export interface TestDatabase extends DatabaseHandle {
  /** Its connection string, for a second pool of its own (a second app server); null on PGlite. */
  url: string | null;
  /** Closes the connection and drops the database it created. */
  destroy: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the DATABASE_URL server when it
 * is set (dropped afterwards), otherwise an in-memory PGlite.
 */
export async function createTestDatabase(options: Pick<OpenOptions, 'logger'> = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = openDatabase({ dataDir: 'memory://', ...options });
    await migrateDatabase(handle);
    return { ...handle, url: null, destroy: handle.close };
  }
  const name = `verbinding_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString(), ...options });
  await migrateDatabase(handle);
  return {
    ...handle,
    url: url.toString(),
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
