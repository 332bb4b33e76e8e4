import { z } from 'zod';
import { formContract, textOf } from '@/lib/domain/forms/form-contract';
import { MAX_COMMENT_LENGTH } from '@/lib/domain/responses/comment-limit';

/** A reply is as long as a comment may be. */
export const MAX_REPLY_LENGTH = MAX_COMMENT_LENGTH;

/** The public id of a comment: random, the only id a comment is ever served by. */
export const commentIdSchema = z.uuid({ message: 'unknownComment' });

/**
 * A reply in a comment's conversation, from a leader or from the comment's author. The messages are
 * keys the forms translate; the API words them through `replyProblemText`.
 */
export const replyInputSchema = z.object({
  commentId: commentIdSchema,
  body: z
    .string({ message: 'empty' })
    .trim()
    .min(1, { message: 'empty' })
    .max(MAX_REPLY_LENGTH, { message: 'tooLong' }),
});

export type ReplyInput = z.infer<typeof replyInputSchema>;
export type ReplyProblem = 'empty' | 'tooLong' | 'unknownComment';

/** A form field as typed, untrimmed; '' when absent. */
function typedText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The reply form of the team page and of /me: a refused reply keeps what was typed. */
export const replyForm = formContract(
  replyInputSchema,
  (form) => ({ commentId: textOf(form, 'commentId'), body: typedText(form, 'body') }),
  { issueKeys: true, typedValues: (form) => ({ body: typedText(form, 'body') }) },
);

/** The same refusal for a comment that does not exist and one the asker may not see, so neither tells the other apart. */
export const NO_SUCH_COMMENT = 'There is no comment with this id that you can see.';

const PROBLEM_TEXT: Record<ReplyProblem, string> = {
  empty: 'Write a reply before you send it.',
  tooLong: `A reply can be at most ${MAX_REPLY_LENGTH} characters.`,
  unknownComment: NO_SUCH_COMMENT,
};

/** What is wrong with a reply, in words a person understands; for the API, whose callers read no form keys. */
export function replyProblemText(problem: string): string {
  return PROBLEM_TEXT[problem as ReplyProblem] ?? 'This reply is not valid.';
}
