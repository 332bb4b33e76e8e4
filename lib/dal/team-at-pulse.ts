import 'server-only';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { teamMemberships } from '@/db/schema';

/** The team a person belonged to on the day a pulse opened (UTC calendar day, as memberships are dated). */
export async function teamAtPulse(db: Database, personId: number, opensAt: Date): Promise<number | null> {
  const day = opensAt.toISOString().slice(0, 10);
  const [stay] = await db
    .select({ teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(
      and(
        eq(teamMemberships.personId, personId),
        lte(teamMemberships.validFrom, day),
        or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, sql`${day}::date`)),
      ),
    )
    .limit(1);
  return stay?.teamId ?? null;
}
