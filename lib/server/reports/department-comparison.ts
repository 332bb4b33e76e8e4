import 'server-only';
import { getReadDb } from '@/db';
import { type ComparisonChoice, validateComparison } from '@/lib/domain/heatmap-views/comparison-choice';
import { type FlatDepartment, flattenDepartmentTree } from '@/lib/domain/organisation/flatten-department-tree';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { type UnitTrends, buildUnitTrends } from '@/lib/domain/reports/unit-trends';
import { departmentUnit } from '@/lib/domain/rollups/units';
import { requestReportBase } from './request-report-base';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface ComparedDepartment {
  id: number;
  name: string;
  trends: UnitTrends;
}

export interface DepartmentComparison {
  /** Every department, in reading order, to choose from. */
  options: FlatDepartment[];
  /** Null when no comparison was asked for. */
  choice: ComparisonChoice | null;
  /** The chosen departments' trends, in the order chosen; empty unless the choice is valid. */
  departments: ComparedDepartment[];
}

/**
 * HR's comparison of two to five departments: each one's four lines over time, through the same
 * publication rule as every other report. `requested` null means nothing was asked yet.
 */
export async function getDepartmentComparison(
  viewer: Viewer,
  requested: readonly number[] | null,
  kind: PeriodKind,
): Promise<DepartmentComparison> {
  assertPermission(viewer, 'org:view');
  const db = await getReadDb();
  const { structure } = await requestReportBase(db);
  const options = flattenDepartmentTree([...structure.departments.values()]);
  const choice = requested === null ? null : validateComparison(requested, new Set(structure.departments.keys()));
  if (!choice?.ok) return { options, choice, departments: [] };
  const data = await loadReportData(
    db,
    { kinds: [kind], units: choice.departmentIds.map(departmentUnit) },
    requestReportBase(db),
  );
  const departments = choice.departmentIds.map((id) => ({
    id,
    name: structure.departments.get(id)!.name,
    trends: buildUnitTrends(data, departmentUnit(id), kind),
  }));
  return { options, choice, departments };
}
