import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, teams } from '@/db/schema';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { AppError } from '@/lib/domain/errors';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { installAppDatabase } from './database/app-database';

/** For integration tests on the seeded demo: a person's viewer, and team and department ids by name. */
export async function demoLookup(db: Database) {
  const [teamRows, departmentRows] = await Promise.all([db.select().from(teams), db.select().from(departments)]);
  return {
    team: (name: string) => teamRows.find((row) => row.name === name)?.id ?? Number.NaN,
    department: (name: string) => departmentRows.find((row) => row.name === name)?.id ?? Number.NaN,
    viewer: async (email: string): Promise<Viewer> => {
      const [person] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
      return (await loadViewer(db, person!.id))!;
    },
  };
}

export type DemoLookup = Awaited<ReturnType<typeof demoLookup>>;

/** What a data function did: 'allowed', or the code of the AppError it refused with. */
export function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

/** A fresh database with the demo seeded, made the app's database for one test file, and its lookups; destroy it after the file. */
export async function seededDemo(): Promise<{ database: TestDatabase; demo: DemoLookup }> {
  const database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
  return { database, demo: await demoLookup(database.db) };
}
