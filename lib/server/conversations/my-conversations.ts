import 'server-only';
import { getDb } from '@/db';
import type { CommentThread } from '@/lib/domain/conversations/conversation';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { readOwnConversations } from '@/lib/queries/conversations/own-conversations';
import { readReplies } from '@/lib/queries/conversations/read-replies';
import type { Viewer } from '@/lib/server/access/viewer';

/** The viewer's own comments that have a conversation, while they are shown, with every reply. */
export async function getMyConversations(viewer: Viewer): Promise<CommentThread[]> {
  const db = await getDb();
  const own = await readOwnConversations(db, viewer.personId);
  const replies = await readReplies(
    db,
    own.map((comment) => comment.publicId),
  );
  return own.map((comment) => ({
    id: comment.publicId,
    body: comment.body,
    line: comment.line as ConnectionLine | null,
    replies: replies.get(comment.publicId) ?? [],
  }));
}
