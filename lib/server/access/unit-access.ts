import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { can } from '@/lib/domain/permissions';
import { headsDepartmentOrAbove } from '@/lib/queries/organisation/heads-department';
import { type UnitKey, parseUnit } from '@/lib/domain/rollups/units';
import type { Viewer } from './viewer';

/**
 * Whether the viewer may see a unit's reports: the organisation is HR's; a department is HR's and
 * its heads' (a head of a department above it included). Decided on the primary.
 */
export async function unitAccess(viewer: Viewer, unit: UnitKey): Promise<boolean> {
  const parsed = parseUnit(unit);
  if (!parsed) throw new AppError('invalid_input', 'unit must be "org" or "department:{id}".');
  if (can(viewer.roles, 'org:view')) return true;
  if (parsed.kind !== 'department' || !can(viewer.roles, 'team:view')) return false;
  return headsDepartmentOrAbove(await getDb(), viewer.personId, parsed.id);
}

/** Refuses (403) a unit the viewer may not see, before anyone learns whether it exists. */
export async function requireUnitAccess(viewer: Viewer, unit: UnitKey): Promise<void> {
  if (!(await unitAccess(viewer, unit))) throw new AppError('forbidden', 'You can only see the departments you head.');
}
