import { z } from 'zod';
import { databaseId } from '@/lib/domain/validation/database-id';
import { MAX_COMMENT_LENGTH } from './comment-limit';

const COMMENT_LINE_MESSAGE =
  'commentLine is the connection line the comment is about: 1 values, 2 role, 3 contribution, 4 integrity, or null.';

/** The body of `PUT /api/v1/pulses/{pulseId}/response`, shared by the page and the route. */
export const responseSubmissionSchema = z.object({
  answers: z
    .array(
      z.object({
        itemId: databaseId('Every answer needs the id of its question.'),
        score: z
          .number({ message: 'Every answer needs a score.' })
          .int('A score is a whole number from 1 (strongly disagree) to 5 (strongly agree).')
          .min(1, 'A score is a whole number from 1 (strongly disagree) to 5 (strongly agree).')
          .max(5, 'A score is a whole number from 1 (strongly disagree) to 5 (strongly agree).'),
      }),
      { message: 'answers must be a list of { itemId, score }.' },
    )
    .min(1, 'Answer the questions before you submit.')
    .max(40),
  comment: z.string().max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH} characters.`).nullish(),
  /** The connection line the author tags their comment with, if any; ignored without a comment. */
  commentLine: z
    .number({ message: COMMENT_LINE_MESSAGE })
    .int(COMMENT_LINE_MESSAGE)
    .min(1, COMMENT_LINE_MESSAGE)
    .max(4, COMMENT_LINE_MESSAGE)
    .nullish(),
});

export type ResponseSubmission = z.infer<typeof responseSubmissionSchema>;

/** What is wrong with the answers given the questions of the pulse, in words a person understands; null when they fit. */
export function answersProblem(askedItemIds: readonly number[], answers: ResponseSubmission['answers']): string | null {
  const asked = new Set(askedItemIds);
  const seen = new Set<number>();
  for (const { itemId } of answers) {
    if (!asked.has(itemId)) return `Question ${itemId} is not part of this pulse.`;
    if (seen.has(itemId)) return `Question ${itemId} is answered more than once.`;
    seen.add(itemId);
  }
  const missing = askedItemIds.length - seen.size;
  return missing > 0 ? `Answer every question: ${missing} ${missing === 1 ? 'is' : 'are'} still open.` : null;
}
