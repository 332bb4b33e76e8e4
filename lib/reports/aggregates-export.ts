import { stringifyCsv } from '@/lib/csv/stringify-csv';
import { CONNECTION_LINES } from '@/lib/model/connection-lines';
import { PERIOD_KINDS } from '@/lib/periods/period-labels';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { createCellBook } from './cell-book';
import type { ReportData } from './report-data';

const COLUMNS = ['unit_kind', 'unit_id', 'unit_name', 'period_kind', 'period', 'line', 'n', 'score', 'favourable', 'ci_low', 'ci_high', 'change', 'significant', 'suppressed', 'hidden_reason', 'held_back'];

/** Every published cell of every unit, period and line, one row each; hidden cells say why and carry no numbers. */
export function aggregatesCsv(data: ReportData): string {
  const book = createCellBook(data);
  const units: { unit: UnitKey; kind: string; id: number | null; name: string }[] = [
    { unit: ORG_UNIT, kind: 'org', id: null, name: 'Organisation' },
    ...[...data.structure.departments.values()].map((d) => ({ unit: departmentUnit(d.id), kind: 'department', id: d.id, name: d.name })),
    ...[...data.structure.teams.values()].map((t) => ({ unit: teamUnit(t.id), kind: 'team', id: t.id, name: t.name })),
  ];
  const rows = units.flatMap(({ unit, kind, id, name }) =>
    PERIOD_KINDS.flatMap((periodKind) =>
      book.periods(periodKind).flatMap((label) =>
        CONNECTION_LINES.map((line) => {
          const cell = book.cell(unit, periodKind, label, line);
          return [kind, id, name, periodKind, label, line, cell.n, cell.score, cell.favourable, cell.ciLow, cell.ciHigh, cell.change, cell.significant, cell.suppressed, cell.hidden, cell.heldBack];
        }),
      ),
    ),
  );
  return stringifyCsv(rows, { columns: COLUMNS });
}
