import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { leaderActions } from '@/db/schema';
import type { LeaderActionInput } from '@/lib/domain/leader-actions/leader-action-schema';
import { type LeaderActionRow, leaderActionColumns } from './leader-action-columns';

export async function insertLeaderAction(
  db: Database,
  input: LeaderActionInput,
  createdBy: number,
): Promise<LeaderActionRow> {
  const [row] = await db
    .insert(leaderActions)
    .values({
      teamId: input.teamId,
      line: input.line,
      what: input.what,
      owner: input.owner,
      dueDate: input.dueDate,
      createdBy,
    })
    .returning(leaderActionColumns);
  return row!;
}

export async function storeLeaderActionDone(db: Database, actionId: number, done: boolean): Promise<LeaderActionRow> {
  const [row] = await db
    .update(leaderActions)
    .set({ done, updatedAt: new Date() })
    .where(eq(leaderActions.id, actionId))
    .returning(leaderActionColumns);
  return row!;
}
