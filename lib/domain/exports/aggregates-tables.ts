import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import type { AggregateRow } from '@/lib/domain/reports/aggregates-export';
import type { ExportTable } from './export-table';
import { type ExportWords, evidenceWord, hiddenWord, yesNo } from './export-words';

/**
 * Every aggregate for people, one table per kind of period (a sheet each in the workbook): headers,
 * kinds, line names and reasons in their language, numbers as numbers, the same rows as the data
 * layout and the API.
 */
export function aggregatesTables(rows: readonly AggregateRow[], words: ExportWords): ExportTable[] {
  const { columns } = words;
  const header = [
    columns.kind,
    columns.id,
    columns.name,
    columns.periodKind,
    columns.period,
    columns.line,
    columns.respondents,
    capitalise(columns.score),
    columns.favourable,
    capitalise(columns.ciLow),
    capitalise(columns.ciHigh),
    capitalise(columns.change),
    capitalise(columns.evidence),
    capitalise(columns.significant),
    columns.suppressed,
    columns.hiddenReason,
    columns.heldBack,
    columns.questionId,
    columns.questionNl,
    columns.questionEn,
  ];
  const widths = header.map((_, index) => (index === 2 ? 28 : index >= 18 ? 60 : 14));
  return PERIOD_KINDS.map((kind) => ({
    name: words.sheets[kind],
    columns: header,
    widths,
    rows: rows
      .filter((row) => row.periodKind === kind)
      .map((row) => [
        words.kinds[row.kind],
        row.id,
        row.name ?? words.organisation,
        words.periodKinds[row.periodKind],
        row.period,
        words.lineNames[row.line],
        row.n,
        row.score,
        row.favourable,
        row.ciLow,
        row.ciHigh,
        row.change,
        evidenceWord(words, row.evidence),
        yesNo(words, row.significant),
        yesNo(words, row.suppressed),
        hiddenWord(words, row.hidden),
        yesNo(words, row.heldBack),
        row.question?.itemId ?? null,
        row.question?.textNl ?? null,
        row.question?.textEn ?? null,
      ]),
  }));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
