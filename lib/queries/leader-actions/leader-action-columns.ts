import { leaderActions } from '@/db/schema';

/** What a leader action shows, as every leader-action query selects it. */
export const leaderActionColumns = {
  id: leaderActions.id,
  teamId: leaderActions.teamId,
  line: leaderActions.line,
  what: leaderActions.what,
  owner: leaderActions.owner,
  dueDate: leaderActions.dueDate,
  done: leaderActions.done,
  createdAt: leaderActions.createdAt,
};

export interface LeaderActionRow {
  id: number;
  teamId: number;
  line: number;
  what: string;
  owner: string;
  dueDate: string | null;
  done: boolean;
  createdAt: Date;
}
