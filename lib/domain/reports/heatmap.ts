import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { type OrgStructure, childUnits } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { ORG_UNIT, type UnitKey, parseUnit } from '@/lib/domain/rollups/units';
import { type CellBook, type ReportCell, createCellBook } from './cell-book';
import { type ComparedUnits, type RowComparisons, compareUnits, flagComparisons } from './comparisons';
import { flagChanges } from './flag-changes';
import type { ReportData } from './report-data';
import { type PendingPeriod, pendingPeriod } from './unit-trends';

export type HeatmapCell = Omit<ReportCell, 'period'>;

export interface HeatmapRow {
  id: number;
  kind: 'department' | 'team';
  name: string;
  cells: (HeatmapCell & { line: ConnectionLine })[];
  /** The connection score: the mean of the four lines. */
  connection: HeatmapCell;
  /** Responses over invitations in the period, 0–100; null where the cell is suppressed. */
  participation: number | null;
  /** Its differences from its department and from the organisation in the same period. */
  comparison: RowComparisons;
}

/** The organisation, or the department whose heatmap it is, as the first rows of a heatmap. */
export type HeatmapReferenceRow = Omit<HeatmapRow, 'id' | 'kind'> & {
  kind: 'organisation' | 'department';
  /** The department's id; null for the organisation. */
  id: number | null;
};

export interface Heatmap {
  unit: UnitKey;
  period: PeriodKind;
  at: string | null;
  /** The organisation, then (in a department's heatmap) the department itself. */
  references: HeatmapReferenceRow[];
  rows: HeatmapRow[];
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
}

/** The units whose cells the heatmaps of `parents` show: the organisation, each parent and those directly below each. */
export function heatmapUnits(structure: OrgStructure, parents: readonly UnitKey[]): UnitKey[] {
  return [
    ...new Set([
      ORG_UNIT,
      ...parents,
      ...parents.flatMap((parent) => childUnits(structure, parent).map((child) => child.unit)),
    ]),
  ];
}

/**
 * One row per department or team directly below the unit, for one period, after the organisation's
 * and the unit's own; several heatmaps of the same data may share one cell book. One view: its
 * changes are flagged together, and so are its comparisons.
 */
export function buildHeatmap(
  data: ReportData,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | null,
  book: CellBook = createCellBook(data),
): Heatmap {
  const department = unit === ORG_UNIT ? null : unit;
  const compared: ComparedUnits[] = [];
  const comparisons = (own: UnitKey): RowComparisons => {
    const against = (larger: UnitKey | null) => {
      // Only a part is compared with a whole it belongs to: never the organisation, nor a unit with itself.
      if (at === null || larger === null || larger === own || own === ORG_UNIT) return null;
      const result = compareUnits(book, own, larger, kind, at);
      compared.push(result);
      return result.comparison;
    };
    return { department: against(department), organisation: against(ORG_UNIT) };
  };
  const figures = (own: UnitKey) => ({
    cells: CONNECTION_LINES.map((line) => {
      const { period: _period, ...cell } = book.cell(own, kind, at ?? '', line);
      return { line, ...cell };
    }),
    connection: withoutPeriod(book.cell(own, kind, at ?? '', 'connection')),
    participation: at === null ? null : book.participation(own, kind, at),
    comparison: comparisons(own),
  });

  const referenceUnits = department === null ? [ORG_UNIT] : [ORG_UNIT, department];
  const references = referenceUnits.map((own): HeatmapReferenceRow => {
    const parsed = parseUnit(own);
    const id = parsed?.kind === 'department' ? parsed.id : null;
    const name = id === null ? '' : (data.structure.departments.get(id)?.name ?? '');
    return { kind: id === null ? 'organisation' : 'department', id, name, ...figures(own) };
  });
  const children = childUnits(data.structure, unit);
  const rows = children.map((child): HeatmapRow => ({
    id: child.id,
    kind: child.kind,
    name: child.name,
    ...figures(child.unit),
  }));

  const shownUnits = [...referenceUnits, ...children.map((child) => child.unit)];
  flagChanges(
    [...references, ...rows].flatMap((row) => [...row.cells, row.connection]),
    shownUnits.flatMap((own) =>
      at === null
        ? [null, null, null, null, null]
        : [...CONNECTION_LINES.map((line) => book.changeP(own, kind, at, line)), book.connectionChangeP(own, kind, at)],
    ),
  );
  flagComparisons(compared);
  return { unit, period: kind, at, references, rows, pending: pendingPeriod(book, kind) };
}

const withoutPeriod = ({ period: _period, ...cell }: ReportCell): HeatmapCell => cell;
