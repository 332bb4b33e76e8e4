import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';
import { flagChanges } from './flag-changes';
import { type PublishedQuestion, questionChangeP, questionStatistics } from './question-statistics';

/** An item a period's pulses asked, with its text in both languages. */
export interface AskedItem {
  itemId: number;
  line: ConnectionLine;
  textNl: string;
  textEn: string;
}

/** One question of one unit in one period as every report shows it; a hidden one carries no numbers. */
export interface QuestionRow {
  itemId: number;
  textNl: string;
  textEn: string;
  shown: boolean;
  score: number | null;
  favourable: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Score points since the previous published period, when both are shown. */
  change: number | null;
  evidence: ChangeEvidence | null;
  significant: boolean;
}

export interface LineQuestions {
  line: ConnectionLine;
  /** Shown ones weakest first, then the hidden ones. */
  questions: QuestionRow[];
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The questions a period asked, per line, for one unit: each with its published figure's statistics,
 * or hidden where none was published (too few answered it). The changes since the previous published
 * period are weighed together over every question of the view (flag-changes.ts).
 */
export function buildQuestionResults(
  asked: readonly AskedItem[],
  now: ReadonlyMap<number, PublishedQuestion>,
  before: ReadonlyMap<number, PublishedQuestion> | null,
): LineQuestions[] {
  const pValues: (number | null)[] = [];
  const rows = asked.map((item) => {
    const figure = now.get(item.itemId);
    const current = figure ? questionStatistics(figure) : null;
    const previousFigure = before?.get(item.itemId);
    const previous = previousFigure ? questionStatistics(previousFigure) : null;
    pValues.push(figure && previousFigure && current ? questionChangeP(figure, previousFigure) : null);
    const row: QuestionRow = {
      itemId: item.itemId,
      textNl: item.textNl,
      textEn: item.textEn,
      shown: current !== null,
      score: round1(current?.score ?? null),
      favourable: round1(current?.favourable ?? null),
      ciLow: round1(current?.ciLow ?? null),
      ciHigh: round1(current?.ciHigh ?? null),
      change: current && previous ? round1(current.score - previous.score) : null,
      evidence: null,
      significant: false,
    };
    return row;
  });
  flagChanges(rows, pValues);
  return CONNECTION_LINES.flatMap((line) => {
    const questions = rows
      .filter((_, index) => asked[index]!.line === line)
      .sort((a, b) => Number(b.shown) - Number(a.shown) || (a.score ?? 0) - (b.score ?? 0) || a.itemId - b.itemId);
    return questions.length > 0 ? [{ line, questions }] : [];
  });
}
