import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { leaderActions } from '@/db/schema';
import { type LeaderActionRow, leaderActionColumns } from './leader-action-columns';

/** A team's actions, newest first. */
export function listTeamLeaderActions(db: Database, teamId: number): Promise<LeaderActionRow[]> {
  return db
    .select(leaderActionColumns)
    .from(leaderActions)
    .where(eq(leaderActions.teamId, teamId))
    .orderBy(desc(leaderActions.createdAt), desc(leaderActions.id));
}

export async function findLeaderAction(db: Database, actionId: number): Promise<LeaderActionRow | null> {
  const [row] = await db.select(leaderActionColumns).from(leaderActions).where(eq(leaderActions.id, actionId));
  return row ?? null;
}
