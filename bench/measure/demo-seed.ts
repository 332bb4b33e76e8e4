import type { DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/seed/seed-demo';
import { round } from '../support/stats';

/** Migrates an empty database and seeds the demo organisation into it; milliseconds each took. */
export async function seedDemoTimed(handle: DatabaseHandle): Promise<{ migrateMs: number; seedMs: number }> {
  const started = performance.now();
  await migrateDatabase(handle);
  const migrated = performance.now();
  const result = await seedDemo(handle.db);
  if (result.alreadySeeded) throw new Error('the bench expected an empty database for the demo seed');
  return { migrateMs: round(migrated - started), seedMs: round(performance.now() - migrated) };
}
