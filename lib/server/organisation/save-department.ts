import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { type DepartmentInput, departmentSchema } from '@/lib/domain/organisation/organisation-schemas';
import { wouldCreateCycle } from '@/lib/domain/organisation/would-create-cycle';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Creates a department, or renames one and moves it in the tree. A department never ends up
 * inside itself. Nothing is recomputed: published pulses keep the tree they were frozen with, and
 * pulses frozen later count in the new one (lib/publication). The input is checked here again, so no
 * caller stores a name the form refuses.
 */
export async function saveDepartment(db: Database, viewer: Viewer, unchecked: DepartmentInput): Promise<{ departmentId: number }> {
  assertPermission(viewer, 'org:manage');
  const input = departmentSchema.parse(unchecked);
  return db.transaction(async (tx) => {
    const all = await tx.select({ id: departments.id, name: departments.name, parentId: departments.parentId }).from(departments).for('update');
    if (input.parentId !== null && !all.some((department) => department.id === input.parentId)) {
      throw new AppError('not_found', 'There is no such parent department.');
    }
    if (input.departmentId === undefined) {
      const [created] = await tx.insert(departments).values({ name: input.name, parentId: input.parentId }).returning({ id: departments.id });
      const departmentId = created!.id;
      await recordAudit(tx, { actorId: viewer.personId, action: 'department.create', entity: 'department', entityId: departmentId, after: { name: input.name, parentId: input.parentId } });
      return { departmentId };
    }
    const { departmentId } = input;
    const current = all.find((department) => department.id === departmentId);
    if (!current) throw new AppError('not_found', 'There is no such department.');
    const parentOf = new Map(all.map((department) => [department.id, department.parentId]));
    if (wouldCreateCycle(parentOf, departmentId, input.parentId)) {
      throw new ChangeRefused('departmentCycle', 'A department cannot sit inside itself or inside one of its own sub-departments.', 'invalid_input');
    }
    await tx.update(departments).set({ name: input.name, parentId: input.parentId }).where(eq(departments.id, departmentId));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'department.update',
      entity: 'department',
      entityId: departmentId,
      before: { name: current.name, parentId: current.parentId },
      after: { name: input.name, parentId: input.parentId },
    });
    return { departmentId };
  });
}
