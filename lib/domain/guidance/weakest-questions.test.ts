import { describe, expect, it } from 'vitest';
import type { QuestionRow } from '@/lib/domain/reports/question-results';
import { weakestQuestions } from './weakest-questions';

const question = (itemId: number, score: number | null): QuestionRow => ({
  itemId,
  textNl: `vraag ${itemId}`,
  textEn: `question ${itemId}`,
  shown: score !== null,
  score,
  favourable: score,
  ciLow: null,
  ciHigh: null,
  change: null,
  evidence: null,
  significant: false,
});

describe('weakestQuestions', () => {
  it('points each line at its two weakest shown questions, never a hidden one', () => {
    const weakest = weakestQuestions([
      { line: 1, questions: [question(3, 70), question(1, 40), question(2, null), question(4, 55)] },
      { line: 2, questions: [question(6, null)] },
    ]);
    expect(weakest.get(1)?.map((row) => row.itemId)).toEqual([1, 4]);
    expect(weakest.get(2)).toEqual([]);
  });
});
