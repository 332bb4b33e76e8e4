import type { Database } from '@/db/client';
import { departments, teams } from '@/db/schema';
import { type OrgStructure, buildOrgStructure } from '@/lib/domain/organisation/org-structure';

export async function loadOrgStructure(db: Database): Promise<OrgStructure> {
  const [departmentRows, teamRows] = await Promise.all([
    db.select({ id: departments.id, name: departments.name, parentId: departments.parentId }).from(departments),
    db.select({ id: teams.id, name: teams.name, departmentId: teams.departmentId }).from(teams),
  ]);
  return buildOrgStructure(departmentRows, teamRows);
}
