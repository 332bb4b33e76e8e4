import 'server-only';
import { getDb } from '@/db';
import { NO_SUCH_COMMENT, type ReplyInput } from '@/lib/domain/conversations/reply-schema';
import { AppError } from '@/lib/domain/errors';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { conversationChanged } from '@/lib/queries/conversations/conversation-outbox';
import { findShownComment } from '@/lib/queries/conversations/find-comment';
import { insertReply } from '@/lib/queries/conversations/write-reply';
import { teamAccess } from '@/lib/server/access/team-access';
import type { Viewer } from '@/lib/server/access/viewer';

export interface StoredReply {
  commentId: string;
  /** The organisation's day the reply was written: all a conversation ever says of when. */
  day: string;
}

/**
 * A leader's (or HR's) reply on a comment of a team they may see, while the comment is shown. A
 * comment that does not exist, is not shown, or is of a team outside the viewer's sight is refused
 * alike, so no one learns a hidden comment exists. Nothing here reads the comment's author: the
 * answer is the same whoever wrote it and whether they still work here; the e-mail to them is owed
 * to the outbox and sent by the periodic job. Audited as the replier's act on the comment's public id.
 */
export async function replyToComment(viewer: Viewer, input: ReplyInput, now = new Date()): Promise<StoredReply> {
  const db = await getDb();
  const comment = await findShownComment(db, input.commentId);
  const access = comment ? await teamAccess(viewer, comment.teamId) : null;
  if (!comment || !access?.feedback) throw new AppError('not_found', NO_SUCH_COMMENT);
  const day = organisationDay(now);
  await db.transaction(async (tx) => {
    await insertReply(tx, { key: comment.key, side: 'leader', leaderId: viewer.personId, body: input.body, day });
    await conversationChanged(tx, { key: comment.key, notify: 'author', dueOn: day });
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'comment.reply',
      entity: 'comment',
      entityId: input.commentId,
      after: { side: 'leader', day },
    });
  });
  return { commentId: input.commentId, day };
}
