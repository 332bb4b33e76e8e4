import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { people } from './people';

/**
 * Failed password sign-ins, counted per account (the lowercased email) and per client address,
 * so that every app server applies the same delays and locks. A row is removed by a successful
 * sign-in of its account, and forgotten once its failures are old.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    scope: text().notNull(),
    key: text().notNull(),
    failures: integer().notNull().default(0),
    lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    /** How many times the key has been locked in a row: each lock lasts longer than the last. */
    locks: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    check('sign_in_throttle_scope', sql`${t.scope} in ('account', 'address')`),
    index('sign_in_throttle_last_failure_idx').on(t.lastFailureAt),
  ],
);

/** Sessions signed out before their expiry: their tokens no longer count. Kept until the token would have expired anyway. */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    sessionId: text().primaryKey(),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    endedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('ended_sessions_expires_idx').on(t.expiresAt)],
);
