import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLog, leaderActions } from '@/db/schema';
import { AppError } from '@/lib/domain/errors';
import type { LeaderActionDone, LeaderActionInput } from '@/lib/domain/leader-actions/leader-action-schema';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { assertCanSeeTeamFeedback } from '@/lib/server/access/report-access';
import { assertTeamInScope } from '@/lib/server/access/scope';
import type { Viewer } from '@/lib/server/access/viewer';

export interface LeaderActionView {
  id: number;
  teamId: number;
  line: ConnectionLine;
  what: string;
  owner: string;
  dueDate: string | null;
  done: boolean;
  /** ISO timestamp: where the trend marks the action. */
  createdAt: string;
}

const columns = {
  id: leaderActions.id,
  teamId: leaderActions.teamId,
  line: leaderActions.line,
  what: leaderActions.what,
  owner: leaderActions.owner,
  dueDate: leaderActions.dueDate,
  done: leaderActions.done,
  createdAt: leaderActions.createdAt,
};

const toView = (row: { line: number; createdAt: Date } & Omit<LeaderActionView, 'line' | 'createdAt'>): LeaderActionView => ({
  ...row,
  line: row.line as ConnectionLine,
  createdAt: row.createdAt.toISOString(),
});

/** The actions recorded for a team, newest first. */
export async function listLeaderActions(db: Database, viewer: Viewer, teamId: number): Promise<LeaderActionView[]> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const rows = await db.select(columns).from(leaderActions).where(eq(leaderActions.teamId, teamId)).orderBy(desc(leaderActions.createdAt), desc(leaderActions.id));
  return rows.map(toView);
}

/** Records an action for a team the viewer leads (or heads), with an audit entry in the same transaction. */
export async function createLeaderAction(db: Database, viewer: Viewer, input: LeaderActionInput): Promise<LeaderActionView> {
  await assertTeamInScope(db, viewer, input.teamId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leaderActions)
      .values({ teamId: input.teamId, line: input.line, what: input.what, owner: input.owner, dueDate: input.dueDate, createdBy: viewer.personId })
      .returning(columns);
    const created = toView(row!);
    await tx.insert(auditLog).values({ actorId: viewer.personId, action: 'leader_action.create', entity: 'leader_action', entityId: String(created.id), after: created });
    return created;
  });
}

/** Marks an action done or not done; only for a team in the viewer's scope. */
export async function setLeaderActionDone(db: Database, viewer: Viewer, change: LeaderActionDone): Promise<LeaderActionView> {
  const [existing] = await db.select(columns).from(leaderActions).where(eq(leaderActions.id, change.actionId));
  if (!existing) throw new AppError('not_found', 'There is no such action.');
  await assertTeamInScope(db, viewer, existing.teamId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(leaderActions)
      .set({ done: change.done, updatedAt: new Date() })
      .where(eq(leaderActions.id, change.actionId))
      .returning(columns);
    const before = toView(existing);
    const after = toView(row!);
    await tx.insert(auditLog).values({ actorId: viewer.personId, action: 'leader_action.update', entity: 'leader_action', entityId: String(after.id), before, after });
    return after;
  });
}
