import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { commentIsShown } from './shown-comment';

export interface OwnCommentRow {
  publicId: string;
  body: string;
  line: number | null;
}

/**
 * The person's own comments that are shown now and have a conversation, the one with the latest
 * reply first. Only the person themselves is ever served this list.
 */
export async function readOwnConversations(db: Database, personId: number): Promise<OwnCommentRow[]> {
  const rows = rowsOf<{ public_id: string; body: string; line: number | null }>(
    await db.execute(sql`
      select c.public_id, c.body, c.line from comments c join responses r on r.id = c.response_id
      join lateral (select max(cr.id) as last from comment_replies cr where cr.comment_id = c.response_id) t on t.last is not null
      where r.person_id = ${personId} and ${commentIsShown(sql`r`)}
      order by t.last desc`),
  );
  return rows.map((row) => ({ publicId: row.public_id, body: row.body, line: row.line }));
}
