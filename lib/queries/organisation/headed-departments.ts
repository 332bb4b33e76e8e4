import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads } from '@/db/schema';

/** The ids of the departments a person heads themselves (not those below them). */
export async function headedDepartmentIds(db: Database, personId: number): Promise<number[]> {
  const rows = await db
    .select({ id: departmentHeads.departmentId })
    .from(departmentHeads)
    .where(eq(departmentHeads.personId, personId));
  return rows.map((row) => row.id);
}
