import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { createCellBook } from './cell-book';
import { flagChanges } from './flag-changes';
import { NO_QUESTIONS, type QuestionExportData, questionExportRows } from './question-export-rows';
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
  'question_id',
  'question_nl',
  'question_en',
];

/**
 * Every published cell of every unit, period and line, one row each; hidden cells say why and carry
 * no numbers. After each shown cell's line, a row per question its period asked on the line (without
 * a count of people, none being served for a question). One view: its changes are flagged together,
 * over all its rows.
 */
export function aggregatesCsv(data: ReportData, questions: QuestionExportData = NO_QUESTIONS): string {
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
  const questionRows = units.flatMap(({ unit, kind, id, name }) =>
    PERIOD_KINDS.flatMap((periodKind) =>
      book.periods(periodKind).flatMap((label) =>
        questionExportRows(questions, book, unit, periodKind, label).map((question) => ({
          kind,
          id,
          name,
          periodKind,
          label,
          question,
        })),
      ),
    ),
  );
  flagChanges(
    [...rows.map((row) => row.cell), ...questionRows.map((row) => row.question)],
    [...rows.map((row) => row.p), ...questionRows.map((row) => row.question.p)],
  );
  const questionsOf = new Map<string, typeof questionRows>();
  for (const row of questionRows) {
    const key = `${row.kind}|${row.id}|${row.periodKind}|${row.label}|${row.question.item.line}`;
    questionsOf
      .set(key, questionsOf.get(key) ?? [])
      .get(key)!
      .push(row);
  }
  return stringifyCsv(
    rows.flatMap(({ kind, id, name, periodKind, label, line, cell }) => [
      [
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
        null,
        null,
        null,
      ],
      ...(questionsOf.get(`${kind}|${id}|${periodKind}|${label}|${line}`) ?? []).map(({ question }) => [
        kind,
        id,
        name,
        periodKind,
        label,
        line,
        null,
        question.score,
        question.favourable,
        question.ciLow,
        question.ciHigh,
        question.change,
        question.evidence,
        question.significant,
        question.suppressed,
        question.suppressed ? 'too-few' : null,
        false,
        question.item.itemId,
        question.item.textNl,
        question.item.textEn,
      ]),
    ]),
    { columns: COLUMNS },
  );
}
