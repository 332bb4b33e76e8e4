import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { type OrgStructure, childUnits } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { type CellBook, type ReportCell, createCellBook } from './cell-book';
import { flagChanges } from './flag-changes';
import type { ReportData } from './report-data';
import { type PendingPeriod, pendingPeriod } from './unit-trends';

export interface HeatmapRow {
  id: number;
  kind: 'department' | 'team';
  name: string;
  cells: (Omit<ReportCell, 'period'> & { line: ConnectionLine })[];
  /** Responses over invitations in the period, 0–100; null where the cell is suppressed. */
  participation: number | null;
}

export interface Heatmap {
  unit: UnitKey;
  period: PeriodKind;
  at: string | null;
  rows: HeatmapRow[];
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
}

/** The units whose cells the heatmaps of `parents` show: those directly below each. */
export function heatmapUnits(structure: OrgStructure, parents: readonly UnitKey[]): UnitKey[] {
  return [...new Set(parents.flatMap((parent) => childUnits(structure, parent).map((child) => child.unit)))];
}

/**
 * One row per department or team directly below the unit, for one period; several heatmaps of the
 * same data may share one cell book. One view: its changes are flagged together.
 */
export function buildHeatmap(
  data: ReportData,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | null,
  book: CellBook = createCellBook(data),
): Heatmap {
  const children = childUnits(data.structure, unit);
  const rows = children.map((child): HeatmapRow => {
    const cells = CONNECTION_LINES.map((line) => {
      const { period: _period, ...cell } = book.cell(child.unit, kind, at ?? '', line);
      return { line, ...cell };
    });
    const participation = at === null ? null : book.participation(child.unit, kind, at);
    return { id: child.id, kind: child.kind, name: child.name, cells, participation };
  });
  flagChanges(
    rows.flatMap((row) => row.cells),
    children.flatMap((child) =>
      CONNECTION_LINES.map((line) => (at === null ? null : book.changeP(child.unit, kind, at, line))),
    ),
  );
  return { unit, period: kind, at, rows, pending: pendingPeriod(book, kind) };
}
