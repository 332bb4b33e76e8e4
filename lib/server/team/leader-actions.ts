import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import type { LeaderActionDone, LeaderActionInput } from '@/lib/domain/leader-actions/leader-action-schema';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import type { LeaderActionRow } from '@/lib/queries/leader-actions/leader-action-columns';
import { findLeaderAction, listTeamLeaderActions } from '@/lib/queries/leader-actions/read-leader-actions';
import { insertLeaderAction, storeLeaderActionDone } from '@/lib/queries/leader-actions/write-leader-actions';
import { requireTeamAccess } from '@/lib/server/access/team-access';
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

const toView = (row: LeaderActionRow): LeaderActionView => ({
  ...row,
  line: row.line as ConnectionLine,
  createdAt: row.createdAt.toISOString(),
});

/** The actions recorded for a team, newest first. */
export async function listLeaderActions(viewer: Viewer, teamId: number): Promise<LeaderActionView[]> {
  await requireTeamAccess(viewer, teamId, 'feedback');
  return (await listTeamLeaderActions(await getDb(), teamId)).map(toView);
}

/** Records an action for a team the viewer leads (or heads), with an audit entry in the same transaction. */
export async function createLeaderAction(viewer: Viewer, input: LeaderActionInput): Promise<LeaderActionView> {
  await requireTeamAccess(viewer, input.teamId, 'lead');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const created = toView(await insertLeaderAction(tx, input, viewer.personId));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'leader_action.create',
      entity: 'leader_action',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Marks an action done or not done; only for a team in the viewer's scope. */
export async function setLeaderActionDone(viewer: Viewer, change: LeaderActionDone): Promise<LeaderActionView> {
  const db = await getDb();
  const existing = await findLeaderAction(db, change.actionId);
  if (!existing) throw new AppError('not_found', 'There is no such action.');
  await requireTeamAccess(viewer, existing.teamId, 'lead');
  return db.transaction(async (tx) => {
    const before = toView(existing);
    const after = toView(await storeLeaderActionDone(tx, change.actionId, change.done));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'leader_action.update',
      entity: 'leader_action',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
