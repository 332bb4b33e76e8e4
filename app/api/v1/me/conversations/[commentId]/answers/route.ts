import { jsonRoute } from '@/lib/server/next/json-route';
import { answerConversation } from '@/lib/server/conversations/answer-conversation';
import { parseReplyRequest } from '@/lib/server/conversations/parse-reply-request';

/** The author's answer `{ body }` in the conversation on their own comment, stored without their name. */
export const POST = jsonRoute<{ commentId: string }>(async ({ viewer, request, params }) =>
  answerConversation(viewer, await parseReplyRequest(request, params.commentId)),
);
