import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

/** Whether a person heads a department or any department above it. */
export async function headsDepartmentOrAbove(db: Database, personId: number, departmentId: number): Promise<boolean> {
  const result = await db.execute(sql`
    with recursive above(id) as (
      select ${departmentId}::int
      union
      select d.parent_id from departments d join above a on d.id = a.id where d.parent_id is not null
    )
    select 1 as found from department_heads where person_id = ${personId} and department_id in (select id from above) limit 1`);
  return rowsOf(result).length > 0;
}
