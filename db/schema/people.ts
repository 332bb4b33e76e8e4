import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
    /** SCIM's `name.givenName` and `name.familyName`, kept to answer them as the identity provider sent them. */
    givenName: text(),
    familyName: text(),
    /** SCIM's `preferredLanguage` as sent (`nl-BE`); `locale` is what Verbinding makes of it. */
    preferredLanguage: text(),
    /**
     * SCIM's enterprise `manager`: who the identity provider says the person reports to. The manager
     * becomes a leader of the person's team (lib/queries/scim/lead-by-manager.ts).
     */
    managerId: integer().references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /**
     * When an identity provider deleted the person through SCIM: they stay, deactivated, with their
     * history, but SCIM no longer finds them until they are active again.
     */
    scimDeletedAt: timestamp({ withTimezone: true }),
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
