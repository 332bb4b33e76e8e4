import { describe, expect, it } from 'vitest';
import { personalLineScores } from './personal-line-scores';

describe('personal line scores', () => {
  it('maps one person’s answers per line to 0–100, oldest period first', () => {
    const points = personalLineScores([
      {
        period: '2026-W46',
        answers: [
          { line: 1, score: 5 },
          { line: 1, score: 4 },
          { line: 2, score: 1 },
        ],
      },
      { period: '2026-W45', answers: [{ line: 3, score: 3 }] },
    ]);
    expect(points).toEqual([
      { period: '2026-W45', scores: { 1: null, 2: null, 3: 50, 4: null } },
      { period: '2026-W46', scores: { 1: 87.5, 2: 0, 3: null, 4: null } },
    ]);
  });
});
