import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people';
import { pulses } from './surveys';

export const chatChannelEnum = pgEnum('chat_channel', ['teams', 'slack']);
export const chatMessageKindEnum = pgEnum('chat_message_kind', ['invitation', 'reminder', 'alerts']);
export const chatDeliveryStatusEnum = pgEnum('chat_delivery_status', ['waiting', 'delivered', 'failed']);

/**
 * Messages to a person in Microsoft Teams or Slack (lib/server/chat), each stored before it is
 * sent, so that a retry survives a restart: `waiting` until delivered or given up (`failed`), with
 * the attempts made and when the next may be. `key` names the message (`pulse:{id}:{kind}`, or a
 * leader's digest by its first alert), and a person gets a message once per channel.
 */
export const chatDeliveries = pgTable(
  'chat_deliveries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    channel: chatChannelEnum().notNull(),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: chatMessageKindEnum().notNull(),
    /** The pulse an invitation or a reminder is about; null for a digest. */
    pulseId: integer().references(() => pulses.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    /** The message as written when it was queued, in the person's language (lib/domain/chat/chat-message.ts). */
    message: jsonb().notNull(),
    status: chatDeliveryStatusEnum().notNull().default('waiting'),
    attempts: smallint().notNull().default(0),
    /** While waiting: not before then (a retry's backoff, or the lease of the run sending it now). */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Why the last attempt failed: an HTTP status or the API's error code, never an address. */
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('chat_deliveries_once_unique').on(t.channel, t.personId, t.key),
    index('chat_deliveries_due_idx')
      .on(t.channel, t.nextAttemptAt)
      .where(sql`${t.status} = 'waiting'`),
    index('chat_deliveries_pulse_idx').on(t.pulseId),
    index('chat_deliveries_person_idx').on(t.personId),
  ],
);
