import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { type CellBook, type ReportCell, createCellBook } from './cell-book';
import { flagChanges } from './flag-changes';
import type { ReportData } from './report-data';

export interface UnitTrends {
  unit: UnitKey;
  period: PeriodKind;
  lines: { line: ConnectionLine; points: ReportCell[] }[];
  /** The connection score (the mean of the four lines) over the same periods. */
  connection: { points: ReportCell[] };
  /** The newest period, when it is not published yet, and from when it will be (ISO). */
  pending: PendingPeriod | null;
}

export interface PendingPeriod {
  period: string;
  publishedAfter: string;
}

/** A unit's four lines and connection score over every published period, oldest first; hidden points stay as gaps. One view: its changes are flagged together. */
export function buildUnitTrends(
  data: ReportData,
  unit: UnitKey,
  kind: PeriodKind,
  book: CellBook = createCellBook(data),
): UnitTrends {
  const labels = book.periods(kind);
  const lines = CONNECTION_LINES.map((line) => ({
    line,
    points: labels.map((label) => book.cell(unit, kind, label, line)),
  }));
  const connection = { points: labels.map((label) => book.cell(unit, kind, label, 'connection')) };
  flagChanges(
    [...lines.flatMap((line) => line.points), ...connection.points],
    [
      ...CONNECTION_LINES.flatMap((line) => labels.map((label) => book.changeP(unit, kind, label, line))),
      ...labels.map((label) => book.connectionChangeP(unit, kind, label)),
    ],
  );
  return { unit, period: kind, lines, connection, pending: pendingPeriod(book, kind) };
}

export function pendingPeriod(book: CellBook, kind: PeriodKind): PendingPeriod | null {
  const pending = book.pending(kind);
  return pending ? { period: pending.label, publishedAfter: pending.publishedAfter.toISOString() } : null;
}
