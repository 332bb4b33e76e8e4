import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments } from '@/db/schema';

export interface DepartmentFields {
  name: string;
  parentId: number | null;
}

/** Every department, locked until the transaction ends, so that no change to the tree runs alongside. */
export function lockDepartments(tx: Database): Promise<({ id: number } & DepartmentFields)[]> {
  return tx
    .select({ id: departments.id, name: departments.name, parentId: departments.parentId })
    .from(departments)
    .for('update');
}

export async function insertDepartment(db: Database, fields: DepartmentFields): Promise<number> {
  const [created] = await db.insert(departments).values(fields).returning({ id: departments.id });
  return created!.id;
}

export async function updateDepartment(db: Database, departmentId: number, fields: DepartmentFields): Promise<void> {
  await db.update(departments).set(fields).where(eq(departments.id, departmentId));
}
