import { CONNECTION_LINES, type ConnectionLine } from '@/lib/model/connection-lines';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { teamUnit } from '@/lib/rollups/units';
import { type ReportCell, createCellBook } from './cell-book';
import type { ReportData } from './report-data';

export interface TeamTrends {
  teamId: number;
  period: PeriodKind;
  lines: { line: ConnectionLine; points: ReportCell[] }[];
}

/** A team's four lines over every period that has had a pulse, oldest first; suppressed points stay as gaps. */
export function buildTeamTrends(data: ReportData, teamId: number, kind: PeriodKind): TeamTrends {
  const book = createCellBook(data);
  const labels = book.periods(kind);
  return {
    teamId,
    period: kind,
    lines: CONNECTION_LINES.map((line) => ({ line, points: labels.map((label) => book.cell(teamUnit(teamId), kind, label, line)) })),
  };
}
