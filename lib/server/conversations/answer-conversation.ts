import 'server-only';
import { getDb } from '@/db';
import { dayAfter } from '@/lib/domain/conversations/mail-timing';
import { NO_SUCH_COMMENT, type ReplyInput } from '@/lib/domain/conversations/reply-schema';
import { AppError } from '@/lib/domain/errors';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { conversationChanged } from '@/lib/queries/conversations/conversation-outbox';
import { findOwnConversation } from '@/lib/queries/conversations/find-comment';
import { insertReply } from '@/lib/queries/conversations/write-reply';
import type { Viewer } from '@/lib/server/access/viewer';
import type { StoredReply } from './reply-to-comment';

/**
 * The author's answer in the conversation on their own shown comment. It is stored under no one and
 * not audited (an entry would name them), with its day only. The leaders who replied are owed an
 * e-mail from the next day, so that its arrival says no more of when the author answered than the day.
 */
export async function answerConversation(viewer: Viewer, input: ReplyInput, now = new Date()): Promise<StoredReply> {
  const db = await getDb();
  const key = await findOwnConversation(db, input.commentId, viewer.personId);
  if (key === null) throw new AppError('not_found', NO_SUCH_COMMENT);
  const day = organisationDay(now);
  await db.transaction(async (tx) => {
    await insertReply(tx, { key, side: 'author', leaderId: null, body: input.body, day });
    await conversationChanged(tx, { key, notify: 'leaders', dueOn: dayAfter(day) });
  });
  return { commentId: input.commentId, day };
}
