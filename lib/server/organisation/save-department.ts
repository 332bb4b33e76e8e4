import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { type DepartmentInput, departmentSchema } from '@/lib/domain/organisation/organisation-schemas';
import { wouldCreateCycle } from '@/lib/domain/organisation/would-create-cycle';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { insertDepartment, lockDepartments, updateDepartment } from '@/lib/queries/organisation/departments';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Creates a department, or renames one and moves it in the tree. A department never ends up
 * inside itself. Nothing is recomputed: published pulses keep the tree they were frozen with, and
 * pulses frozen later count in the new one (lib/publication). The input is checked here again, so no
 * caller stores a name the form refuses.
 */
export async function saveDepartment(viewer: Viewer, unchecked: DepartmentInput): Promise<{ departmentId: number }> {
  assertPermission(viewer, 'org:manage');
  const input = departmentSchema.parse(unchecked);
  const fields = { name: input.name, parentId: input.parentId };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const all = await lockDepartments(tx);
    if (input.parentId !== null && !all.some((department) => department.id === input.parentId)) {
      throw new AppError('not_found', 'There is no such parent department.');
    }
    if (input.departmentId === undefined) {
      const departmentId = await insertDepartment(tx, fields);
      await recordAudit(tx, {
        actorId: viewer.personId,
        action: 'department.create',
        entity: 'department',
        entityId: departmentId,
        after: fields,
      });
      return { departmentId };
    }
    const { departmentId } = input;
    const current = all.find((department) => department.id === departmentId);
    if (!current) throw new AppError('not_found', 'There is no such department.');
    const parentOf = new Map(all.map((department) => [department.id, department.parentId]));
    if (wouldCreateCycle(parentOf, departmentId, input.parentId)) {
      throw new ChangeRefused(
        'departmentCycle',
        'A department cannot sit inside itself or inside one of its own sub-departments.',
        'invalid_input',
      );
    }
    await updateDepartment(tx, departmentId, fields);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'department.update',
      entity: 'department',
      entityId: departmentId,
      before: { name: current.name, parentId: current.parentId },
      after: fields,
    });
    return { departmentId };
  });
}
