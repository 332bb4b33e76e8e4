import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, teams } from '@/db/schema';

/** Whether a team or a department with this id exists. */
export async function unitExists(db: Database, unit: 'team' | 'department', id: number): Promise<boolean> {
  const table = unit === 'team' ? teams : departments;
  const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return Boolean(found);
}
