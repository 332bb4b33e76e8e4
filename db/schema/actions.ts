import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { teams } from './organisation';
import { people } from './people';

/** What a leader decided to do about a connection line of a team; shown on the trend so later pulses tell whether it helped. */
export const leaderActions = pgTable(
  'leader_actions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    line: smallint().notNull(),
    what: text().notNull(),
    owner: text().notNull(),
    dueDate: date({ mode: 'string' }),
    done: boolean().notNull().default(false),
    createdBy: integer().references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('leader_actions_line', sql`${t.line} between 1 and 4`),
    check('leader_actions_what', sql`char_length(${t.what}) between 1 and 500`),
    check('leader_actions_owner', sql`char_length(${t.owner}) between 1 and 200`),
    index('leader_actions_team_idx').on(t.teamId, t.createdAt),
  ],
);

export type LeaderAction = typeof leaderActions.$inferSelect;
export type NewLeaderAction = typeof leaderActions.$inferInsert;
