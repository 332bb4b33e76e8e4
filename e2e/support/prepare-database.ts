import { rmSync } from 'node:fs';
import postgres from 'postgres';
import { openDatabaseFromEnv } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/seed/seed-demo';
import { E2E_DATABASE_NAME } from './e2e-environment';

/** Runs in the web server's environment before it starts: a fresh database, migrated and seeded. */
async function prepare() {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    server.pathname = '/postgres';
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${E2E_DATABASE_NAME} with (force)`);
    await admin.unsafe(`create database ${E2E_DATABASE_NAME}`);
    await admin.end();
  } else if (process.env.PGLITE_DIR) {
    rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
  }
  const handle = openDatabaseFromEnv();
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  await handle.close();
}

await prepare();
