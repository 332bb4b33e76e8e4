import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

/**
 * The team a person belonged to on a day (UTC calendar day, as memberships are dated), as a query
 * that runs alone or as a subquery; `day` may be a column expression. Plain SQL: a submission
 * builds it on every request.
 */
export function teamOnDay(personId: number, day: string | SQL): SQL {
  const date = typeof day === 'string' ? sql`${day}::date` : day;
  return sql`
    select team_id from team_memberships
    where person_id = ${personId} and valid_from <= ${date} and (valid_to is null or valid_to > ${date})
    limit 1`;
}

/** The team a person belonged to on the day a pulse opened. */
export async function teamAtPulse(db: Database, personId: number, opensAt: Date): Promise<number | null> {
  const [stay] = rowsOf<{ team_id: number }>(await db.execute(teamOnDay(personId, opensAt.toISOString().slice(0, 10))));
  return stay?.team_id ?? null;
}
