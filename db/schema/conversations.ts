import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people';
import { comments } from './surveys';

/** Who wrote a reply in a comment's conversation: a leader (or HR) of the team, or the comment's author. */
export const replySideEnum = pgEnum('reply_side', ['leader', 'author']);

/**
 * The replies on a comment, in the order written (by id). The author's side names no one: its
 * person is only ever found through the comment's response, on the server. Only the day is kept,
 * in the organisation's time zone, so no moment of the author's is stored or served.
 */
export const commentReplies = pgTable(
  'comment_replies',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The comment's response: internal, never served (the comment's public id is). */
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.responseId, { onDelete: 'cascade' }),
    side: replySideEnum().notNull(),
    /** The leader or HR person who wrote a leader-side reply; always null on the author's side. */
    leaderId: integer().references(() => people.id, { onDelete: 'set null' }),
    body: text().notNull(),
    writtenOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [
    check('comment_replies_body_length', sql`char_length(${t.body}) between 1 and 2000`),
    check('comment_replies_author_unnamed', sql`${t.side} = 'leader' or ${t.leaderId} is null`),
    index('comment_replies_comment_idx').on(t.commentId, t.id),
    index('comment_replies_leader_idx').on(t.leaderId),
  ],
);

/** Which side of a conversation an e-mail goes to: the comment's author, or the leaders who replied. */
export const conversationRecipientEnum = pgEnum('conversation_recipient', ['author', 'leaders']);

/**
 * E-mails a conversation owes, sent by the periodic job and deleted once sent: the request that
 * changes a conversation never looks up or mails a person. One row per comment and side, however
 * many replies came in between; `dueOn` is the first day it may go out.
 */
export const conversationOutbox = pgTable(
  'conversation_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The comment's response: internal, never served (the comment's public id is). */
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.responseId, { onDelete: 'cascade' }),
    recipient: conversationRecipientEnum().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('conversation_outbox_comment_recipient_unique').on(t.commentId, t.recipient)],
);

export type CommentReply = typeof commentReplies.$inferSelect;
export type NewCommentReply = typeof commentReplies.$inferInsert;
export type ConversationOutboxRow = typeof conversationOutbox.$inferSelect;
