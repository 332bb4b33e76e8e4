import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { scimTokens } from '@/db/schema';

export interface ScimTokenEntry {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const ENTRY = {
  id: scimTokens.id,
  name: scimTokens.name,
  createdAt: scimTokens.createdAt,
  lastUsedAt: scimTokens.lastUsedAt,
  revokedAt: scimTokens.revokedAt,
};

/** Stores a new token by its hash; null when an active token already has this name. */
export async function insertScimToken(
  db: Database,
  token: { name: string; tokenHash: string; createdBy: number },
): Promise<ScimTokenEntry | null> {
  const [row] = await db.insert(scimTokens).values(token).onConflictDoNothing().returning(ENTRY);
  return row ?? null;
}

export function listScimTokens(db: Database): Promise<ScimTokenEntry[]> {
  return db.select(ENTRY).from(scimTokens).orderBy(desc(scimTokens.createdAt), desc(scimTokens.id));
}

/** Revokes an active token; the entry as it was before, or null when there is no active token with this id. */
export async function revokeScimToken(db: Database, id: number, at: Date): Promise<ScimTokenEntry | null> {
  const [row] = await db
    .update(scimTokens)
    .set({ revokedAt: at })
    .where(and(eq(scimTokens.id, id), isNull(scimTokens.revokedAt)))
    .returning(ENTRY);
  return row ?? null;
}

/**
 * The active token with this hash, its last use moved to now. The last use is written at most once a
 * minute, so that a provisioning run of thousands of calls does not write the row thousands of times.
 */
export async function findActiveScimToken(
  db: Database,
  tokenHash: string,
): Promise<{ id: number; name: string } | null> {
  const [row] = await db
    .select({ id: scimTokens.id, name: scimTokens.name, lastUsedAt: scimTokens.lastUsedAt })
    .from(scimTokens)
    .where(and(eq(scimTokens.tokenHash, tokenHash), isNull(scimTokens.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    await db
      .update(scimTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(scimTokens.id, row.id));
  return { id: row.id, name: row.name };
}
