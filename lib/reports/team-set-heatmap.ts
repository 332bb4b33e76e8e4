import { CONNECTION_LINES } from '@/lib/model/connection-lines';
import type { ChildUnit } from '@/lib/organisation/org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { type UnitKey, teamUnit } from '@/lib/rollups/units';
import type { CellBook } from './cell-book';
import type { HeatmapRow } from './heatmap';
import type { ReportData } from './report-data';

/** One heatmap row for any unit, with the same cells and participation as `buildHeatmap` gives. */
export function heatmapRow(book: CellBook, unit: ChildUnit, kind: PeriodKind, at: string | null, invited: ReadonlyMap<UnitKey, number>): HeatmapRow {
  const cells = CONNECTION_LINES.map((line) => {
    const { period: _period, ...cell } = book.cell(unit.unit, kind, at ?? '', line);
    return { line, ...cell };
  });
  const shown = at !== null && book.shown(unit.unit, kind, at);
  const invitedCount = invited.get(unit.unit) ?? 0;
  const participation = shown && invitedCount > 0 ? Math.round(Math.min(1, book.respondents(unit.unit, kind, at) / invitedCount) * 1000) / 10 : null;
  return { id: unit.id, kind: unit.kind, name: unit.name, cells, participation };
}

export interface TeamSetGroup {
  departmentId: number;
  departmentName: string;
  rows: HeatmapRow[];
}

/**
 * The teams × lines heatmap of an explicit set of teams (a leader of several teams), grouped by
 * their department; departments and teams by name. Unknown team ids are left out.
 */
export function buildTeamSetHeatmap(
  data: ReportData,
  book: CellBook,
  teamIds: readonly number[],
  kind: PeriodKind,
  at: string | null,
  invited: ReadonlyMap<UnitKey, number>,
): TeamSetGroup[] {
  const groups = new Map<number, TeamSetGroup>();
  const teams = teamIds.flatMap((id) => {
    const team = data.structure.teams.get(id);
    return team ? [team] : [];
  });
  for (const team of teams.sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
    const department = data.structure.departments.get(team.departmentId);
    const group = groups.get(team.departmentId) ?? { departmentId: team.departmentId, departmentName: department?.name ?? '', rows: [] };
    group.rows.push(heatmapRow(book, { unit: teamUnit(team.id), kind: 'team', id: team.id, name: team.name }, kind, at, invited));
    groups.set(team.departmentId, group);
  }
  return [...groups.values()].sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'nl'));
}

/**
 * The latest of `candidates` (oldest first) in which at least one of the units is shown, so that
 * a page opened just after a pulse opened shows the last period with results rather than an empty one.
 */
export function latestShownPeriod(book: CellBook, units: readonly UnitKey[], kind: PeriodKind, candidates: readonly string[]): string | null {
  return [...candidates].reverse().find((label) => units.some((unit) => book.shown(unit, kind, label))) ?? candidates.at(-1) ?? null;
}
