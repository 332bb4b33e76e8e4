import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { teams } from './organisation';
import { people } from './people';
import { periodKindEnum } from './rollups';

/**
 * What a leader is told about their teams (lib/queries/alerts): results of a period published, a line
 * that dropped with clear evidence, comments shown, a conversation on a comment that changed.
 */
export const alertKindEnum = pgEnum('alert_kind', ['published', 'drop', 'comments', 'conversation']);

/** One alert for one person; `key` names the event, so an event alerts each person once. */
export const alerts = pgTable(
  'alerts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: alertKindEnum().notNull(),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    /** The month the alert is about; null for a conversation. */
    period: text(),
    /** The connection line that dropped; null for the other kinds. */
    line: smallint(),
    /** The page that shows what the alert is about: a path inside the app. */
    link: text().notNull(),
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** When the e-mail digest took it (sent, or passed over because the person or HR chose no e-mails). */
    mailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('alerts_person_key_unique').on(t.personId, t.key),
    index('alerts_unread_idx')
      .on(t.personId)
      .where(sql`${t.readAt} is null`),
    index('alerts_unmailed_idx')
      .on(t.personId)
      .where(sql`${t.mailedAt} is null`),
    index('alerts_person_created_idx').on(t.personId, t.createdAt),
  ],
);

/** A person's choices; a person without a row gets every kind, in the app and by e-mail. */
export const alertPreferences = pgTable('alert_preferences', {
  personId: integer()
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  kinds: alertKindEnum().array().notNull(),
  email: boolean().notNull(),
  inApp: boolean().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The published periods the alert step has looked at, so that running it again alerts nothing twice. */
export const alertedPeriods = pgTable(
  'alerted_periods',
  {
    periodKind: periodKindEnum().notNull(),
    periodLabel: text().notNull(),
    alertedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodKind, t.periodLabel] })],
);
