import { describe, expect, it } from 'vitest';
import { answersProblem, responseSubmissionSchema } from './response-submission-schema';

describe('a submitted response', () => {
  it('needs every question of the pulse answered exactly once', () => {
    expect(
      answersProblem(
        [1, 2, 3],
        [
          { itemId: 1, score: 3 },
          { itemId: 2, score: 4 },
          { itemId: 3, score: 5 },
        ],
      ),
    ).toBeNull();
    expect(answersProblem([1, 2, 3], [{ itemId: 1, score: 3 }])).toBe('Answer every question: 2 are still open.');
    expect(
      answersProblem(
        [1, 2],
        [
          { itemId: 1, score: 3 },
          { itemId: 1, score: 4 },
        ],
      ),
    ).toBe('Question 1 is answered more than once.');
    expect(
      answersProblem(
        [1, 2],
        [
          { itemId: 1, score: 3 },
          { itemId: 9, score: 4 },
        ],
      ),
    ).toBe('Question 9 is not part of this pulse.');
  });

  it('accepts scores 1 to 5 and a comment up to 2,000 characters', () => {
    expect(
      responseSubmissionSchema.safeParse({ answers: [{ itemId: 1, score: 5 }], comment: 'x'.repeat(2000) }).success,
    ).toBe(true);
    expect(responseSubmissionSchema.safeParse({ answers: [{ itemId: 1, score: 1 }], comment: null }).success).toBe(
      true,
    );
    const refused = (body: unknown) => responseSubmissionSchema.safeParse(body).error?.issues[0]?.message;
    expect(refused({ answers: [{ itemId: 1, score: 6 }] })).toBe(
      'A score is a whole number from 1 (strongly disagree) to 5 (strongly agree).',
    );
    expect(refused({ answers: [{ itemId: 1, score: 2.5 }] })).toBe(
      'A score is a whole number from 1 (strongly disagree) to 5 (strongly agree).',
    );
    expect(refused({ answers: [{ itemId: 1, score: 3 }], comment: 'x'.repeat(2001) })).toBe(
      'A comment can be at most 2000 characters.',
    );
    expect(refused({ answers: [] })).toBe('Answer the questions before you submit.');
  });
});
