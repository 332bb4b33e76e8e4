import type { DatabaseHandle } from '@/db/client';

/**
 * Makes a test's database the one `getDb()` and `getReadDb()` in @/db return: the server layer
 * picks its database itself, so a test hands it the test's. It fills the globalThis slot that
 * db/index.ts keeps the app's connection in.
 */
export function installAppDatabase(handle: DatabaseHandle): void {
  (globalThis as unknown as { verbindingDb?: Promise<DatabaseHandle> }).verbindingDb = Promise.resolve(handle);
}
