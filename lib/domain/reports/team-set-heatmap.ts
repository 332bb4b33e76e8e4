import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { departmentUnit } from '@/lib/domain/rollups/units';
import { type HeatmapRow, buildHeatmap } from './heatmap';
import type { ReportData } from './report-data';

export interface TeamSetGroup {
  departmentId: number;
  departmentName: string;
  rows: HeatmapRow[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

/**
 * The teams × lines heatmap of an explicit set of teams (a leader of several teams), grouped by
 * their department. Each row is taken from its department's heatmap, so it is the very row
 * `GET /api/v1/heatmap` gives for that team. Unknown team ids are left out.
 */
export function buildTeamSetHeatmap(
  data: ReportData,
  teamIds: readonly number[],
  kind: PeriodKind,
  at: string | null,
): TeamSetGroup[] {
  const wanted = new Set(teamIds);
  const departmentIds = new Set(teamIds.flatMap((id) => data.structure.teams.get(id)?.departmentId ?? []));
  return [...departmentIds]
    .map((departmentId) => ({
      departmentId,
      departmentName: data.structure.departments.get(departmentId)?.name ?? '',
      rows: buildHeatmap(data, departmentUnit(departmentId), kind, at).rows.filter(
        (row) => row.kind === 'team' && wanted.has(row.id),
      ),
    }))
    .sort((a, b) => byName(a.departmentName, b.departmentName));
}
