import 'server-only';
import { getDb } from '@/db';
import { departmentsInSubtrees } from '@/lib/domain/organisation/department-subtree';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { type HeatmapReferenceRow, type HeatmapRow, buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { latestShownPeriod } from '@/lib/domain/reports/latest-shown-period';
import { buildTeamSetHeatmap } from '@/lib/domain/reports/team-set-heatmap';
import { type PendingPeriod, pendingPeriod } from '@/lib/domain/reports/unit-trends';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { headedDepartmentIds } from '@/lib/queries/organisation/headed-departments';
import { teamIdsInScope } from '@/lib/server/access/scope';
import type { Viewer } from '@/lib/server/access/viewer';
import { loadHeatmapData } from './heatmap-data';
import { requestReportBase } from './request-report-base';

export interface ScopeHeatmapGroup {
  department: { id: number; name: string };
  /** The department as a whole, compared with the organisation, for the departments the viewer heads (and those below them). */
  total: HeatmapReferenceRow | null;
  rows: HeatmapRow[];
}

export interface ScopeHeatmap {
  period: PeriodKind;
  at: string | null;
  /** The organisation, as the first row. */
  organisation: HeatmapReferenceRow | null;
  /** Every published period of the kind, oldest first. */
  available: string[];
  groups: ScopeHeatmapGroup[];
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
}

/**
 * The teams × lines heatmap of everything a leader sees: for each department they head (and each
 * one below it) its sub-departments and teams, exactly as `GET /api/v1/heatmap` gives them; then
 * the teams they lead elsewhere, grouped by department. `at` is a preference: without it, or when it
 * has no published results, the latest period in which something is shown (the newest published
 * period may show none of the viewer's units); `at` in the result is the period shown.
 */
export async function getScopeHeatmap(viewer: Viewer, kind: PeriodKind, at?: string): Promise<ScopeHeatmap> {
  const db = await getDb();
  const [teamIds, headed] = await Promise.all([teamIdsInScope(viewer), headedDepartmentIds(db, viewer.personId)]);
  const shownUnits = (structure: OrgStructure) => {
    const parents = departmentsInSubtrees(structure, headed).map((department) => departmentUnit(department.id));
    const ledDepartments = teamIds.flatMap((id) => {
      const departmentId = structure.teams.get(id)?.departmentId;
      return departmentId === undefined ? [] : [departmentUnit(departmentId)];
    });
    return [...heatmapUnits(structure, parents), ORG_UNIT, ...ledDepartments, ...teamIds.map(teamUnit)];
  };
  const heatmap = await loadHeatmapData(
    db,
    { kind, at, unpublished: 'show-latest', units: shownUnits, depth: { asked: 1, latest: 2 } },
    requestReportBase(db),
  );
  const { data } = heatmap;
  const departments = departmentsInSubtrees(data.structure, headed);
  const headedIds = new Set(departments.map((department) => department.id));
  const ledElsewhere = teamIds.filter((id) => !headedIds.has(data.structure.teams.get(id)?.departmentId ?? -1));
  const units = [...departments.map((department) => departmentUnit(department.id)), ...teamIds.map(teamUnit)];
  const book = createCellBook(data);
  const chosen = heatmap.latest
    ? latestShownPeriod(heatmap.available.slice(-2), (label) => units.some((unit) => book.shown(unit, kind, label)))
    : heatmap.at;

  // A department below another one the viewer heads has its own group, opened by its own row.
  const grouped = new Set(departments.map((department) => department.id));
  const departmentHeatmaps = departments.map((department) =>
    buildHeatmap(data, departmentUnit(department.id), kind, chosen, book),
  );
  const groups: ScopeHeatmapGroup[] = [
    ...departments.map((department, index) => ({
      department: { id: department.id, name: department.name },
      total: departmentHeatmaps[index]!.references.find((row) => row.id === department.id) ?? null,
      rows: departmentHeatmaps[index]!.rows.filter((row) => row.kind === 'team' || !grouped.has(row.id)),
    })),
    ...buildTeamSetHeatmap(data, ledElsewhere, kind, chosen).map((group) => ({
      department: { id: group.departmentId, name: group.departmentName },
      total: null,
      rows: group.rows,
    })),
  ];
  const organisation =
    departmentHeatmaps[0]?.references[0] ?? buildHeatmap(data, ORG_UNIT, kind, chosen, book).references[0] ?? null;
  return {
    period: kind,
    at: chosen,
    organisation,
    available: heatmap.available,
    groups,
    pending: pendingPeriod(book, kind),
  };
}
