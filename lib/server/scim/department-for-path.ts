import 'server-only';
import type { Database } from '@/db/client';
import { matchDepartmentPath } from '@/lib/domain/scim/scim-department-path';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { insertDepartment } from '@/lib/queries/organisation/departments';
import { lockForImport } from '@/lib/queries/people-import/lock-for-import';
import { loadDepartments } from '@/lib/queries/scim/scim-groups';

/**
 * The department at the end of a path of names from the top of the tree: each found by its name
 * (whatever its case) inside the one before, and those not found created there, each audited with
 * the token. Takes the lock the people import takes, so that no two changes create one department
 * twice; it is held until the transaction ends.
 */
export async function departmentForPath(tx: Database, scimTokenId: number, path: readonly string[]): Promise<number> {
  await lockForImport(tx);
  const match = matchDepartmentPath(await loadDepartments(tx), path);
  let departmentId = match.departmentId;
  for (const name of match.missing) {
    const fields = { name, parentId: departmentId };
    departmentId = await insertDepartment(tx, fields);
    await recordAudit(tx, {
      actorId: null,
      scimTokenId,
      action: 'department.create',
      entity: 'department',
      entityId: departmentId,
      after: fields,
    });
  }
  if (departmentId === null) throw new Error('A department path has at least one name.');
  return departmentId;
}
