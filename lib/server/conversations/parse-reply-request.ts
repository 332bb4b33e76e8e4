import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { type ReplyInput, replyInputSchema, replyProblemText } from '@/lib/domain/conversations/reply-schema';

/**
 * The reply a JSON request asks for, the comment from its path: a 404 for a comment id that cannot be
 * one (as for one that does not exist), a 422 in plain words for an empty or too long reply.
 */
export async function parseReplyRequest(request: Request, commentId: string): Promise<ReplyInput> {
  const body: unknown = await request.json().catch(() => {
    throw new AppError('invalid_input', 'The request body must be JSON: { "body": "your reply" }.');
  });
  const parsed = replyInputSchema.safeParse({
    commentId,
    body: typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.path[0] === 'commentId') throw new AppError('not_found', replyProblemText('unknownComment'));
  throw new AppError('invalid_input', replyProblemText(issue.message));
}
