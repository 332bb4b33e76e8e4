import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { ConversationReply } from '@/lib/domain/conversations/conversation';

/**
 * The replies on the comments with these public ids, by public id, each conversation in the order
 * written. With `authorAnswersBefore` (a day), the author's answers of that day or later are left out:
 * what leaders see, so that an answer appears no sooner than the day after it was written and its
 * arrival tells no one who was at their desk.
 */
export async function readReplies(
  db: Database,
  publicIds: readonly string[],
  authorAnswersBefore: string | null = null,
): Promise<Map<string, ConversationReply[]>> {
  const byComment = new Map<string, ConversationReply[]>();
  if (publicIds.length === 0) return byComment;
  const rows = rowsOf<{
    public_id: string;
    side: 'leader' | 'author';
    leader_name: string | null;
    body: string;
    day: string;
  }>(
    await db.execute(sql`
      select c.public_id, cr.side, case when cr.side = 'leader' then p.name end as leader_name, cr.body,
        to_char(cr.written_on, 'YYYY-MM-DD') as day
      from comment_replies cr
      join comments c on c.response_id = cr.comment_id
      left join people p on p.id = cr.leader_id
      where c.public_id in (select unnest(${`{${publicIds.join(',')}}`}::uuid[]))
        ${authorAnswersBefore === null ? sql`` : sql`and (cr.side = 'leader' or cr.written_on < ${authorAnswersBefore}::date)`}
      order by cr.id`),
  );
  for (const row of rows) {
    const replies = byComment.get(row.public_id) ?? [];
    replies.push({ side: row.side, leaderName: row.leader_name, body: row.body, day: row.day });
    byComment.set(row.public_id, replies);
  }
  return byComment;
}
