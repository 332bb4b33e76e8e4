import { CONNECTION_LINES, type ConnectionLine } from '@/lib/model/connection-lines';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import { type ReportCell, createCellBook } from './cell-book';
import type { ReportData } from './report-data';

export interface UnitTrends {
  unit: UnitKey;
  period: PeriodKind;
  lines: { line: ConnectionLine; points: ReportCell[] }[];
}

/** A unit's four lines over every period that has had a pulse, oldest first; suppressed points stay as gaps. */
export function buildUnitTrends(data: ReportData, unit: UnitKey, kind: PeriodKind): UnitTrends {
  const book = createCellBook(data);
  const labels = book.periods(kind);
  return { unit, period: kind, lines: CONNECTION_LINES.map((line) => ({ line, points: labels.map((label) => book.cell(unit, kind, label, line)) })) };
}
