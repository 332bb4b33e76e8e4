import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['employee', 'leader', 'hr', 'admin']);
export const localeEnum = pgEnum('locale', ['nl', 'en']);

export const people = pgTable(
  'people',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    name: text().notNull(),
    /** Argon2id hash; null for people who only sign in through the organisation's identity provider. */
    passwordHash: text(),
    locale: localeEnum().notNull().default('nl'),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp({ withTimezone: true }),
    /** Raised to end every session of the person: sign out everywhere, deactivation, a change of roles. */
    sessionVersion: integer().notNull().default(0),
    /** The identity provider's own id for the person (SCIM `externalId`), when it provisions them. */
    externalId: text(),
  },
  (t) => [
    uniqueIndex('people_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('people_external_id_unique').on(t.externalId),
    check('people_email_shape', sql`${t.email} like '%_@_%'`),
  ],
);

export const personRoles = pgTable(
  'person_roles',
  {
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: roleEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.role] })],
);

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type Locale = (typeof localeEnum.enumValues)[number];
