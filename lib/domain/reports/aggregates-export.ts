import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods/period-labels';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { type ReportCell, createCellBook } from './cell-book';
import { flagChanges } from './flag-changes';
import { NO_QUESTIONS, type QuestionExportData, questionExportRows } from './question-export-rows';
import type { AskedItem } from './question-results';
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

/** One row of the aggregates: a line's cell, or a question on the line right after it. */
export interface AggregateRow extends ReportCell {
  kind: 'org' | 'department' | 'team';
  id: number | null;
  /** The unit's name; null for the organisation, which each export names in its own language. */
  name: string | null;
  periodKind: PeriodKind;
  line: ConnectionLine;
  question: AskedItem | null;
}

/**
 * Every published cell of every unit, period and line, one row each; hidden cells say why and carry
 * no numbers. After each shown cell's line, a row per question its period asked on the line (without
 * a count of people, none being served for a question). One view: its changes are flagged together,
 * over all its rows.
 */
export function aggregateRows(data: ReportData, questions: QuestionExportData = NO_QUESTIONS): AggregateRow[] {
  const book = createCellBook(data);
  const units: { unit: UnitKey; kind: AggregateRow['kind']; id: number | null; name: string | null }[] = [
    { unit: ORG_UNIT, kind: 'org', id: null, name: null },
    ...[...data.structure.departments.values()].map((d) => ({
      unit: departmentUnit(d.id),
      kind: 'department' as const,
      id: d.id,
      name: d.name,
    })),
    ...[...data.structure.teams.values()].map((t) => ({
      unit: teamUnit(t.id),
      kind: 'team' as const,
      id: t.id,
      name: t.name,
    })),
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
  return rows.flatMap(({ kind, id, name, periodKind, label, line, cell }): AggregateRow[] => {
    const unit = { kind, id, name, periodKind, period: label, line };
    const { n, score, favourable, ciLow, ciHigh, change, evidence, significant, suppressed, hidden, heldBack } = cell;
    return [
      {
        ...unit,
        n,
        score,
        favourable,
        ciLow,
        ciHigh,
        change,
        evidence,
        significant,
        suppressed,
        hidden,
        heldBack,
        question: null,
      },
      ...(questionsOf.get(`${kind}|${id}|${periodKind}|${label}|${line}`) ?? []).map(({ question }) => ({
        ...unit,
        n: null,
        score: question.score,
        favourable: question.favourable,
        ciLow: question.ciLow,
        ciHigh: question.ciHigh,
        change: question.change,
        evidence: question.evidence,
        significant: question.significant,
        suppressed: question.suppressed,
        hidden: question.suppressed ? ('too-few' as const) : null,
        heldBack: false,
        question: question.item,
      })),
    ];
  });
}

/**
 * The aggregates for scripts (`?layout=data`): the stable column keys, `Organisation`, and a comma and
 * a point, whatever the reader's language.
 */
export function aggregatesCsv(rows: readonly AggregateRow[]): string {
  return stringifyCsv(
    rows.map((row) => [
      row.kind,
      row.id,
      row.name ?? 'Organisation',
      row.periodKind,
      row.period,
      row.line,
      row.n,
      row.score,
      row.favourable,
      row.ciLow,
      row.ciHigh,
      row.change,
      row.evidence,
      row.significant,
      row.suppressed,
      row.hidden,
      row.heldBack,
      row.question?.itemId ?? null,
      row.question?.textNl ?? null,
      row.question?.textEn ?? null,
    ]),
    { columns: COLUMNS },
  );
}
