import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { teams } from './organisation';
import { people } from './people';

export const surveyItems = pgTable(
  'survey_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The connection line the item measures: 1 values, 2 role, 3 contribution, 4 integrity. */
    line: smallint().notNull(),
    textNl: text().notNull(),
    textEn: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('survey_items_line_range', sql`${t.line} between 1 and 4`),
    uniqueIndex('survey_items_text_nl_unique').on(t.textNl),
  ],
);

export const pulses = pgTable(
  'pulses',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** The periods the pulse counts in, from its opening in the organisation's time zone (lib/periods). */
    weekLabel: text().notNull(),
    monthLabel: text().notNull(),
    quarterLabel: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('pulses_window', sql`${t.closesAt} > ${t.opensAt}`),
    check('pulses_week_label', sql`${t.weekLabel} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check('pulses_month_label', sql`${t.monthLabel} ~ '^[0-9]{4}-[0-9]{2}$'`),
    check('pulses_quarter_label', sql`${t.quarterLabel} ~ '^[0-9]{4}-Q[1-4]$'`),
    uniqueIndex('pulses_opens_at_unique').on(t.opensAt),
  ],
);

export const pulseItems = pgTable(
  'pulse_items',
  {
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    itemId: integer()
      .notNull()
      .references(() => surveyItems.id, { onDelete: 'restrict' }),
    position: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pulseId, t.itemId] }),
    uniqueIndex('pulse_items_position_unique').on(t.pulseId, t.position),
    index('pulse_items_item_idx').on(t.itemId),
  ],
);

/** One per person per pulse; team_id is the team the person belonged to when answering. */
export const responses = pgTable(
  'responses',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'restrict' }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Per connection line, the sum and the number of this response's scores, kept equal to its answers
     * by the database (the triggers of db/migrations/0014_response_line_sums.sql): person means are
     * summed from these (lib/queries/publication/person-means-query.ts), a tenth of the rows of the answers.
     */
    line1Sum: smallint().notNull().default(0),
    line1Answers: smallint().notNull().default(0),
    line2Sum: smallint().notNull().default(0),
    line2Answers: smallint().notNull().default(0),
    line3Sum: smallint().notNull().default(0),
    line3Answers: smallint().notNull().default(0),
    line4Sum: smallint().notNull().default(0),
    line4Answers: smallint().notNull().default(0),
  },
  (t) => [
    uniqueIndex('responses_pulse_person_unique').on(t.pulseId, t.personId),
    index('responses_team_pulse_idx').on(t.teamId, t.pulseId),
    index('responses_person_idx').on(t.personId),
  ],
);

export const answers = pgTable(
  'answers',
  {
    responseId: bigint({ mode: 'number' })
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    itemId: integer()
      .notNull()
      .references(() => surveyItems.id, { onDelete: 'restrict' }),
    score: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.itemId] }),
    check('answers_score_range', sql`${t.score} between 1 and 5`),
    index('answers_item_idx').on(t.itemId),
  ],
);

/** At most one free-text comment per response; rendered escaped, shown only in aggregate views. */
export const comments = pgTable(
  'comments',
  {
    responseId: bigint({ mode: 'number' })
      .primaryKey()
      .references(() => responses.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * The only id a comment is served by: random, so it says nothing of the response, its person or
     * when it was written. The response id never leaves the server.
     */
    publicId: uuid().notNull().defaultRandom(),
    /** The connection line its author tagged it with, if any: 1 values, 2 role, 3 contribution, 4 integrity. */
    line: smallint(),
  },
  (t) => [
    check('comments_body_length', sql`char_length(${t.body}) between 1 and 2000`),
    check('comments_line_range', sql`${t.line} between 1 and 4`),
    uniqueIndex('comments_public_id_unique').on(t.publicId),
  ],
);

export type SurveyItem = typeof surveyItems.$inferSelect;
export type NewSurveyItem = typeof surveyItems.$inferInsert;
export type Pulse = typeof pulses.$inferSelect;
export type NewPulse = typeof pulses.$inferInsert;
export type Response = typeof responses.$inferSelect;
export type NewResponse = typeof responses.$inferInsert;
export type Answer = typeof answers.$inferSelect;
export type NewAnswer = typeof answers.$inferInsert;
