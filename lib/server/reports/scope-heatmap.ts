import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departmentHeads } from '@/db/schema';
import { departmentsInSubtrees } from '@/lib/domain/organisation/department-subtree';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { type HeatmapRow, buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { buildTeamSetHeatmap, departmentRow, latestShownPeriod } from '@/lib/domain/reports/team-set-heatmap';
import { type PendingPeriod, pendingPeriod } from '@/lib/domain/reports/unit-trends';
import { departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { loadHeatmapData } from './heatmap-data';
import { requestReportBase } from './request-report-base';
import { teamIdsInScope } from '@/lib/server/access/scope';
import type { Viewer } from '@/lib/server/access/viewer';

export interface ScopeHeatmapGroup {
  department: { id: number; name: string };
  /** The department as a whole, for the departments the viewer heads (and those below them). */
  total: HeatmapRow | null;
  rows: HeatmapRow[];
}

export interface ScopeHeatmap {
  period: PeriodKind;
  at: string | null;
  /** Every published period of the kind, oldest first. */
  available: string[];
  groups: ScopeHeatmapGroup[];
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
}

/**
 * The teams × lines heatmap of everything a leader sees: for each department they head (and each
 * one below it) its sub-departments and teams, exactly as `GET /api/v1/heatmap` gives them; then
 * the teams they lead elsewhere, grouped by department. Without `at`, the latest period in which
 * something is shown (the newest published period may show none of the viewer's units).
 */
export async function getScopeHeatmap(db: Database, viewer: Viewer, kind: PeriodKind, at?: string): Promise<ScopeHeatmap> {
  const [teamIds, headed] = await Promise.all([
    teamIdsInScope(db, viewer),
    db.select({ id: departmentHeads.departmentId }).from(departmentHeads).where(eq(departmentHeads.personId, viewer.personId)),
  ]);
  const headedDepartmentIds = headed.map((row) => row.id);
  const shownUnits = (structure: OrgStructure) => {
    const parents = departmentsInSubtrees(structure, headedDepartmentIds).map((department) => departmentUnit(department.id));
    return [...parents, ...heatmapUnits(structure, parents), ...teamIds.map(teamUnit)];
  };
  const heatmap = await loadHeatmapData(db, kind, at, shownUnits, at === undefined ? 2 : 1, requestReportBase(db));
  const { data } = heatmap;
  const departments = departmentsInSubtrees(data.structure, headedDepartmentIds);
  const headedIds = new Set(departments.map((department) => department.id));
  const ledElsewhere = teamIds.filter((id) => !headedIds.has(data.structure.teams.get(id)?.departmentId ?? -1));
  const units = [...departments.map((department) => departmentUnit(department.id)), ...teamIds.map(teamUnit)];
  const book = createCellBook(data);
  const chosen = at ?? latestShownPeriod(book, units, kind, heatmap.available.slice(-2));

  const groups: ScopeHeatmapGroup[] = [
    ...departments.map((department) => ({
      department: { id: department.id, name: department.name },
      total: departmentRow(data, department.id, kind, chosen),
      rows: buildHeatmap(data, departmentUnit(department.id), kind, chosen).rows,
    })),
    ...buildTeamSetHeatmap(data, ledElsewhere, kind, chosen).map((group) => ({
      department: { id: group.departmentId, name: group.departmentName },
      total: null,
      rows: group.rows,
    })),
  ];
  return { period: kind, at: chosen, available: heatmap.available, groups, pending: pendingPeriod(book, kind) };
}
