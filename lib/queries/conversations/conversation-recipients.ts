import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { Locale } from '@/db/schema';

export interface ConversationRecipientRow {
  personId: number;
  email: string;
  locale: Locale;
}

/** The author of the comment with this key, while they are active; read only by the job that mails them. */
export async function readCommentAuthor(db: Database, key: number): Promise<ConversationRecipientRow | null> {
  const [row] = rowsOf<{ id: number; email: string; locale: Locale }>(
    await db.execute(sql`
      select p.id, p.email, p.locale from comments c join responses r on r.id = c.response_id
      join people p on p.id = r.person_id where c.response_id = ${key} and p.active`),
  );
  return row ? { personId: row.id, email: row.email, locale: row.locale } : null;
}

/** The active people who replied on the leaders' side of the comment with this key, and the comment's team. */
export async function readReplyingLeaders(
  db: Database,
  key: number,
): Promise<{ teamId: number | null; leaders: ConversationRecipientRow[] }> {
  const rows = rowsOf<{ id: number; email: string; locale: Locale; team_id: number }>(
    await db.execute(sql`
      select distinct p.id, p.email, p.locale, r.team_id from comment_replies cr
      join people p on p.id = cr.leader_id
      join responses r on r.id = cr.comment_id
      where cr.comment_id = ${key} and cr.side = 'leader' and p.active
      order by p.id`),
  );
  return {
    teamId: rows[0]?.team_id ?? null,
    leaders: rows.map((row) => ({ personId: row.id, email: row.email, locale: row.locale })),
  };
}
