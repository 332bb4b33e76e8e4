import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { createCellBook } from './cell-book';
import { flagChanges } from './flag-changes';
import type { ReportData } from './report-data';

const COLUMNS = [
  'unit_kind',
  'unit_id',
  'unit_name',
  'period_kind',
  'period',
  'line',
  'n',
  'score',
  'favourable',
  'ci_low',
  'ci_high',
  'change',
  'evidence',
  'significant',
  'suppressed',
  'hidden_reason',
  'held_back',
];

/**
 * Every published cell of every unit, period and line, one row each; hidden cells say why and carry
 * no numbers. One view: its changes are flagged together, over all its rows.
 */
export function aggregatesCsv(data: ReportData): string {
  const book = createCellBook(data);
  const units: { unit: UnitKey; kind: string; id: number | null; name: string }[] = [
    { unit: ORG_UNIT, kind: 'org', id: null, name: 'Organisation' },
    ...[...data.structure.departments.values()].map((d) => ({
      unit: departmentUnit(d.id),
      kind: 'department',
      id: d.id,
      name: d.name,
    })),
    ...[...data.structure.teams.values()].map((t) => ({ unit: teamUnit(t.id), kind: 'team', id: t.id, name: t.name })),
  ];
  const rows = units.flatMap(({ unit, kind, id, name }) =>
    PERIOD_KINDS.flatMap((periodKind) =>
      book.periods(periodKind).flatMap((label) =>
        CONNECTION_LINES.map((line) => ({
          kind,
          id,
          name,
          periodKind,
          label,
          line,
          cell: book.cell(unit, periodKind, label, line),
          p: book.changeP(unit, periodKind, label, line),
        })),
      ),
    ),
  );
  flagChanges(
    rows.map((row) => row.cell),
    rows.map((row) => row.p),
  );
  return stringifyCsv(
    rows.map(({ kind, id, name, periodKind, label, line, cell }) => [
      kind,
      id,
      name,
      periodKind,
      label,
      line,
      cell.n,
      cell.score,
      cell.favourable,
      cell.ciLow,
      cell.ciHigh,
      cell.change,
      cell.evidence,
      cell.significant,
      cell.suppressed,
      cell.hidden,
      cell.heldBack,
    ]),
    { columns: COLUMNS },
  );
}
