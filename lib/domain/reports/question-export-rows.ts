import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';
import type { CellBook } from './cell-book';
import type { AskedItem } from './question-results';
import { type PublishedQuestion, questionChangeP, questionStatistics } from './question-statistics';

/** Every published question figure and what each period asked, as the export reads them. */
export interface QuestionExportData {
  /** Keyed `${unit}|${kind}|${label}`, then by item. */
  figures: ReadonlyMap<string, ReadonlyMap<number, PublishedQuestion>>;
  /** Keyed `${kind}|${label}`. */
  asked: ReadonlyMap<string, readonly AskedItem[]>;
}

export const NO_QUESTIONS: QuestionExportData = { figures: new Map(), asked: new Map() };

export interface QuestionExportRow {
  item: AskedItem;
  score: number | null;
  favourable: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  change: number | null;
  evidence: ChangeEvidence | null;
  significant: boolean;
  suppressed: boolean;
  p: number | null;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The question rows of one shown cell: every item its period asked, with the published figure's
 * statistics and its change since the previous published period, or suppressed where none was
 * published. None for a hidden cell: its line rows say why. No count of people: none is served.
 */
export function questionExportRows(
  data: QuestionExportData,
  book: CellBook,
  unit: UnitKey,
  kind: PeriodKind,
  label: string,
): QuestionExportRow[] {
  if (!book.shown(unit, kind, label)) return [];
  const previousLabel = book.previousPeriod(kind, label);
  const now = data.figures.get(`${unit}|${kind}|${label}`);
  const before = previousLabel === null ? undefined : data.figures.get(`${unit}|${kind}|${previousLabel}`);
  return (data.asked.get(`${kind}|${label}`) ?? []).map((item) => {
    const figure = now?.get(item.itemId);
    const previousFigure = before?.get(item.itemId);
    const current = figure ? questionStatistics(figure) : null;
    const previous = previousFigure ? questionStatistics(previousFigure) : null;
    return {
      item,
      score: round1(current?.score ?? null),
      favourable: round1(current?.favourable ?? null),
      ciLow: round1(current?.ciLow ?? null),
      ciHigh: round1(current?.ciHigh ?? null),
      change: current && previous ? round1(current.score - previous.score) : null,
      evidence: null,
      significant: false,
      suppressed: current === null,
      p: figure && previousFigure && current ? questionChangeP(figure, previousFigure) : null,
    };
  });
}
