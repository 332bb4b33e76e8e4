import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { conversationOutbox } from '@/db/schema';

export type ConversationRecipient = 'author' | 'leaders';

/** What a conversation change owes: an e-mail to one side of the comment's conversation, due from `dueOn`. */
export interface ConversationChange {
  /** The comment's internal key. */
  key: number;
  notify: ConversationRecipient;
  /** The organisation's day from which the e-mail may go out. */
  dueOn: string;
}

/**
 * A conversation changed: the other side is owed an e-mail, which the periodic job sends. Several
 * changes before it runs owe one e-mail. Run it in the transaction that stores the reply, so that
 * the reply and what it owes are stored together. The alert preferences are applied when the job
 * sends, never here: the request that changes a conversation does not look up who is on the other side.
 */
export async function conversationChanged(db: Database, change: ConversationChange): Promise<void> {
  await db
    .insert(conversationOutbox)
    .values({ commentId: change.key, recipient: change.notify, dueOn: change.dueOn })
    .onConflictDoNothing();
}

/**
 * Takes the oldest e-mail due by `today` that no other run holds, removing it from the outbox; in a
 * transaction, so that a failed send puts it back for the next run.
 */
export async function takeDueConversationMail(
  db: Database,
  today: string,
): Promise<{ key: number; recipient: ConversationRecipient } | null> {
  const [row] = rowsOf<{ comment_id: string; recipient: ConversationRecipient }>(
    await db.execute(sql`
      delete from conversation_outbox where id = (
        select id from conversation_outbox where due_on <= ${today}::date order by id limit 1 for update skip locked)
      returning comment_id, recipient`),
  );
  return row ? { key: Number(row.comment_id), recipient: row.recipient } : null;
}
