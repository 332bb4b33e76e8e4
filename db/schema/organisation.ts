import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { people } from './people';

export const departments = pgTable(
  'departments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    parentId: integer().references((): AnyPgColumn => departments.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('departments_parent_idx').on(t.parentId),
    check('departments_not_own_parent', sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

export const teams = pgTable(
  'teams',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The identity provider's own id for the group this team is (SCIM `externalId`), when it provisions it. */
    externalId: text(),
    /** The group's displayName as the identity provider last sent it, returned as sent (lib/domain/scim/scim-group-name.ts). */
    scimDisplayName: text(),
    /**
     * When the identity provider deleted the group: its members' stays ended then and it is no
     * SCIM group any more, but the team stays, with its history and its answers.
     */
    scimDeletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('teams_department_idx').on(t.departmentId),
    uniqueIndex('teams_external_id_unique').on(t.externalId),
    uniqueIndex('teams_department_name_unique').on(t.departmentId, t.name),
  ],
);

/** A person's team history: one row per stay in a team; the open stay has no valid_to. */
export const teamMemberships = pgTable(
  'team_memberships',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
  },
  (t) => [
    check('team_memberships_valid_range', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
    uniqueIndex('team_memberships_one_open_per_person')
      .on(t.personId)
      .where(sql`${t.validTo} is null`),
    index('team_memberships_person_idx').on(t.personId, t.validFrom),
    index('team_memberships_team_idx').on(t.teamId, t.validFrom),
  ],
);

export const teamLeaders = pgTable(
  'team_leaders',
  {
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] }), index('team_leaders_person_idx').on(t.personId)],
);

/** A head sees every team in their department and in all departments below it. */
export const departmentHeads = pgTable(
  'department_heads',
  {
    departmentId: integer()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.personId] }), index('department_heads_person_idx').on(t.personId)],
);

export type Department = typeof departments.$inferSelect;
export type NewDepartment = typeof departments.$inferInsert;
export type Team = typeof teams.$inferSelect;
export type NewTeam = typeof teams.$inferInsert;
export type TeamMembership = typeof teamMemberships.$inferSelect;
export type NewTeamMembership = typeof teamMemberships.$inferInsert;
