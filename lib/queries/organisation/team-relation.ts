import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { teamsInScopeStatement } from './teams-in-scope';

export interface TeamRelation {
  /** Whether the team exists at all. */
  exists: boolean;
  /** Whether the person leads the team, or heads its department or a department above it. */
  inScope: boolean;
  /** Whether the person is in the team now. */
  member: boolean;
}

/** How a person stands to one team, in one round trip. */
export async function teamRelation(db: Database, personId: number, teamId: number): Promise<TeamRelation> {
  const [row] = rowsOf<TeamRelation>(
    await db.execute(sql`
      select
        exists (select 1 from teams where id = ${teamId}) as "exists",
        ${teamId}::int in (${teamsInScopeStatement(personId)}) as "inScope",
        exists (select 1 from team_memberships where person_id = ${personId} and team_id = ${teamId} and valid_to is null) as member`),
  );
  return { exists: Boolean(row?.exists), inScope: Boolean(row?.inScope), member: Boolean(row?.member) };
}
