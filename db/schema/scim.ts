import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people';

/**
 * Bearer tokens an admin creates for an identity provider's SCIM provisioning. The token itself is
 * shown once, at creation; only its SHA-256 is kept (it is random and long, so a slow hash buys
 * nothing). A revoked token stays, so that the audit log can still name it.
 */
export const scimTokens = pgTable(
  'scim_tokens',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    createdBy: integer().references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('scim_tokens_hash_unique').on(t.tokenHash),
    uniqueIndex('scim_tokens_active_name_unique')
      .on(sql`lower(${t.name})`)
      .where(sql`${t.revokedAt} is null`),
    index('scim_tokens_created_idx').on(t.createdAt),
  ],
);

export type ScimToken = typeof scimTokens.$inferSelect;
