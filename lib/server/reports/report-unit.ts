import 'server-only';
import { getReadDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { loadOrgStructure } from '@/lib/queries/organisation/load-org-structure';
import { type OrgStructure, unitExists } from '@/lib/domain/organisation/org-structure';
import { type UnitKey, parseUnit } from '@/lib/domain/rollups/units';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import type { Viewer } from '@/lib/server/access/viewer';

export interface ReportUnit {
  unit: UnitKey;
  /** The department's name; null for the organisation. */
  name: string | null;
  /** The departments above it, from the top down. */
  ancestors: { id: number; name: string }[];
}

function ancestorsOf(structure: OrgStructure, departmentId: number): ReportUnit['ancestors'] {
  const ancestors: ReportUnit['ancestors'] = [];
  let parentId = structure.departments.get(departmentId)?.parentId ?? null;
  while (parentId !== null && !ancestors.some((ancestor) => ancestor.id === parentId)) {
    const parent = structure.departments.get(parentId);
    if (!parent) break;
    ancestors.unshift({ id: parent.id, name: parent.name });
    parentId = parent.parentId;
  }
  return ancestors;
}

/**
 * The organisation or a department whose reports the viewer may see: HR any, a head their own
 * (and those below). A department the viewer may not see is refused before anyone learns whether it exists.
 */
export async function getReportUnit(viewer: Viewer, unit: UnitKey): Promise<ReportUnit> {
  await requireUnitAccess(viewer, unit);
  const parsed = parseUnit(unit);
  if (parsed?.kind !== 'department') return { unit, name: null, ancestors: [] };
  const structure = await loadOrgStructure(await getReadDb());
  if (!unitExists(structure, unit)) throw new AppError('not_found', 'There is no such department.');
  return { unit, name: structure.departments.get(parsed.id)!.name, ancestors: ancestorsOf(structure, parsed.id) };
}
