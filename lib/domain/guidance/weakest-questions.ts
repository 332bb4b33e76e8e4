import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { LineQuestions, QuestionRow } from '@/lib/domain/reports/question-results';

/** How many of a line's weakest questions the guidance points at. */
export const GUIDANCE_QUESTIONS = 2;

/**
 * Per line, its weakest shown questions of the period: where the guidance for the line starts. Only
 * shown questions: guidance never hints at figures that are not shown.
 */
export function weakestQuestions(lines: readonly LineQuestions[]): Map<ConnectionLine, QuestionRow[]> {
  return new Map(
    lines.map(({ line, questions }) => [
      line,
      questions
        .filter((question) => question.shown)
        .sort((a, b) => a.score! - b.score! || a.itemId - b.itemId)
        .slice(0, GUIDANCE_QUESTIONS),
    ]),
  );
}
