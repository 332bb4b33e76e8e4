import { jsonRoute } from '@/lib/server/next/json-route';
import { parseReplyRequest } from '@/lib/server/conversations/parse-reply-request';
import { replyToComment } from '@/lib/server/conversations/reply-to-comment';

/** A leader's (or HR's) reply `{ body }` on a shown comment of a team they may see; answers `{ commentId, day }`. */
export const POST = jsonRoute<{ commentId: string }>(async ({ viewer, request, params }) =>
  replyToComment(viewer, await parseReplyRequest(request, params.commentId)),
);
