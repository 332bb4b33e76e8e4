import { and, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLog, people, scimTokens } from '@/db/schema';
import type { AuditEntryRow } from '@/lib/domain/audit/audit-entry-words';

export interface AuditEntriesQuery {
  action?: string;
  /** Part of a name or e-mail address: entries made by such a person or about them. */
  person?: string;
  since?: Date;
  /** Exclusive. */
  until?: Date;
  limit: number;
  offset: number;
}

/** A text to look for anywhere in a value, case-insensitively, its own % and _ taken literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The people a text finds, as a subquery: by name or e-mail address. */
function peopleMatching(db: Database, text: string, id: SQL.Aliased<number> | SQL.Aliased<string>) {
  const pattern = likePattern(text);
  return db
    .select({ id })
    .from(people)
    .where(or(ilike(people.name, pattern), ilike(people.email, pattern)));
}

/**
 * The SCIM tokens a text finds by name, written as the log shows it ("SCIM: Entra ID") or not; the
 * text "SCIM" alone finds every token.
 */
function tokensMatching(db: Database, text: string) {
  const name = text.replace(/^\s*scim\s*(:\s*|$)/i, '');
  return db
    .select({ id: scimTokens.id })
    .from(scimTokens)
    .where(name === '' ? undefined : ilike(scimTokens.name, likePattern(name)));
}

/**
 * An entry is about a person when it was made by them, when its subject is them (a move, a role, a
 * sign-in), or when it names them as the one it added or removed (a team's leader, a department's head).
 * An identity provider counts as one by its SCIM token's name: "SCIM" finds every change through a token.
 */
function aboutPerson(db: Database, text: string): SQL | undefined {
  const asText = () => peopleMatching(db, text, sql<string>`${people.id}::text`.as('id'));
  return or(
    inArray(auditLog.actorId, peopleMatching(db, text, sql<number>`${people.id}`.as('id'))),
    inArray(auditLog.scimTokenId, tokensMatching(db, text)),
    and(inArray(auditLog.entity, ['person', 'session']), inArray(auditLog.entityId, asText())),
    inArray(sql`${auditLog.after}->>'personId'`, asText()),
    inArray(sql`${auditLog.before}->>'personId'`, asText()),
  );
}

function whereOf(db: Database, query: AuditEntriesQuery): SQL | undefined {
  return and(
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.person ? aboutPerson(db, query.person) : undefined,
    query.since ? gte(auditLog.createdAt, query.since) : undefined,
    query.until ? lt(auditLog.createdAt, query.until) : undefined,
  );
}

/** One page of the audit log, newest first (the id breaks ties), and how many entries match. */
export async function listAuditEntries(
  db: Database,
  query: AuditEntriesQuery,
): Promise<{ entries: AuditEntryRow[]; total: number }> {
  const where = whereOf(db, query);
  const [[total], entries] = await Promise.all([
    db.select({ value: count() }).from(auditLog).where(where),
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        actorName: people.name,
        actorEmail: people.email,
        scimTokenName: scimTokens.name,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(people, eq(people.id, auditLog.actorId))
      .leftJoin(scimTokens, eq(scimTokens.id, auditLog.scimTokenId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(query.limit)
      .offset(query.offset),
  ]);
  return { entries, total: total?.value ?? 0 };
}
