import 'server-only';
import { type SQL, and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { teamMemberships } from '@/db/schema';

/**
 * The team a person belonged to on a day (UTC calendar day, as memberships are dated), as a query
 * that runs alone or as a subquery; `day` may be a column expression.
 */
export function teamOnDay(db: Database, personId: number, day: string | SQL) {
  const date = typeof day === 'string' ? sql`${day}::date` : day;
  return db
    .select({ teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.personId, personId), lte(teamMemberships.validFrom, date), or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, date))))
    .limit(1);
}

/** The team a person belonged to on the day a pulse opened. */
export async function teamAtPulse(db: Database, personId: number, opensAt: Date): Promise<number | null> {
  const [stay] = await teamOnDay(db, personId, opensAt.toISOString().slice(0, 10));
  return stay?.teamId ?? null;
}
