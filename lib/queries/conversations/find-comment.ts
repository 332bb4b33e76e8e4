import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { commentIsShown } from './shown-comment';

/** A shown comment as a leader's request needs it: its team and its internal key, nothing of its author. */
export interface ShownComment {
  /** Internal only: the key replies are stored under; never served. */
  key: number;
  teamId: number;
}

/** The comment with this public id when it is shown now, else null (whether it does not exist or is hidden). */
export async function findShownComment(db: Database, publicId: string): Promise<ShownComment | null> {
  const [row] = rowsOf<{ key: string; team_id: number }>(
    await db.execute(sql`
      select c.response_id as key, r.team_id from comments c join responses r on r.id = c.response_id
      where c.public_id = ${publicId} and ${commentIsShown(sql`r`)}`),
  );
  return row ? { key: Number(row.key), teamId: row.team_id } : null;
}

/**
 * The key of the person's own shown comment with this public id that has a conversation (a leader
 * replied), else null: the author answers in a conversation, they do not start one.
 */
export async function findOwnConversation(db: Database, publicId: string, personId: number): Promise<number | null> {
  const [row] = rowsOf<{ key: string }>(
    await db.execute(sql`
      select c.response_id as key from comments c join responses r on r.id = c.response_id
      where c.public_id = ${publicId} and r.person_id = ${personId} and ${commentIsShown(sql`r`)}
        and exists (select 1 from comment_replies cr where cr.comment_id = c.response_id and cr.side = 'leader')`),
  );
  return row ? Number(row.key) : null;
}
