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

/** The team and public id of the comment with this key: where its conversation is read. */
export async function readCommentPlace(
  db: Database,
  key: number,
): Promise<{ teamId: number; publicId: string } | null> {
  const [row] = rowsOf<{ team_id: number; public_id: string }>(
    await db.execute(sql`
      select r.team_id, c.public_id::text from comments c join responses r on r.id = c.response_id
      where c.response_id = ${key}`),
  );
  return row ? { teamId: row.team_id, publicId: row.public_id } : null;
}
