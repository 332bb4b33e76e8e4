import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db';
import type { CommentThread } from '@/lib/domain/conversations/conversation';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { teamUnit } from '@/lib/domain/rollups/units';
import { readReplies } from '@/lib/queries/conversations/read-replies';
import { readCommentMonths, readPublishedComments } from '@/lib/queries/reports/team-comments';
import { requireTeamAccess } from '@/lib/server/access/team-access';
import type { Viewer } from '@/lib/server/access/viewer';

/**
 * 'by-month': weeks never show comments; 'suppressed': the team's results are not shown in the
 * period; 'too-few': fewer answered than the comment threshold; 'pending': not published yet.
 */
export type CommentsState = 'shown' | 'suppressed' | 'too-few' | 'by-month' | 'pending';

export interface TeamComments {
  period: string;
  state: CommentsState;
  /** The respondents a month needs before its comments are shown (its pulses' threshold). */
  threshold: number;
  /**
   * By their random public id, with their line tag and conversation, in an order unrelated to when or
   * by whom they were written; only those tagged with the line asked for, when one was.
   */
  comments: CommentThread[];
}

/**
 * A team's comments for a month or a quarter, as published: a team month's comments were decided
 * once, with the month (at least the comment threshold of people in its published figure), and are
 * shown in every view of that month and of its quarter or in none, only from the answers its figure
 * holds. So no view minus another pins a comment to a week or to a smaller group. Text, the author's
 * line tag and the conversation, in an order set by a hash of the text, never in submission order.
 */
export async function getTeamComments(
  viewer: Viewer,
  teamId: number,
  kind: PeriodKind,
  period: string,
  line: ConnectionLine | null = null,
  now = new Date(),
): Promise<TeamComments> {
  await requireTeamAccess(viewer, teamId, 'feedback');
  const db = await getDb();
  const unit = teamUnit(teamId);
  const state = await readCommentMonths(db, unit, kind, period);
  const threshold = state?.threshold ?? 0;
  const closed = (value: CommentsState): TeamComments => ({ period, state: value, threshold, comments: [] });
  if (kind === 'week') return closed('by-month');
  if (!state || state.published < state.months || state.months === 0) return closed('pending');
  if (state.shown === 0) return closed('suppressed');
  if (state.withComments === 0) return closed('too-few');

  const shown = await readPublishedComments(db, unit, kind, period, line);
  const replies = await readReplies(
    db,
    shown.map((comment) => comment.publicId),
    organisationDay(now),
  );
  const order = (body: string) => createHash('sha256').update(`${period}\n${body}`).digest('hex');
  const threads = shown
    .map((comment) => ({ comment, key: order(comment.body) }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.comment.publicId.localeCompare(b.comment.publicId))
    .map(({ comment }) => ({
      id: comment.publicId,
      body: comment.body,
      line: comment.line as ConnectionLine | null,
      replies: replies.get(comment.publicId) ?? [],
    }));
  return { period, state: 'shown', threshold, comments: threads };
}
