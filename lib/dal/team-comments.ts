import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { comments, pulses, responses } from '@/db/schema';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { createCellBook } from '@/lib/reports/cell-book';
import { loadReportData } from '@/lib/reports/load-report-data';
import { loadReportBase } from '@/lib/reports/report-base';
import { teamUnit } from '@/lib/rollups/units';
import { assertCanSeeTeamFeedback } from './report-access';
import type { Viewer } from './viewer';

export type CommentsState = 'shown' | 'suppressed' | 'too-few';

export interface TeamComments {
  period: string;
  state: CommentsState;
  /** The respondents a period needs before its comments are shown. */
  threshold: number;
  /** Only the text, in an order unrelated to when or by whom they were written. */
  comments: string[];
}

const LABEL_COLUMN = { week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel } as const;

/**
 * A team's comments for one period: only when the publication rule shows the team's cell for that
 * period and at least the comment threshold of people answered. Text alone — no date, pulse or
 * anything else that points to a person — shuffled by a hash of the text, never in submission order.
 */
export async function getTeamComments(db: Database, viewer: Viewer, teamId: number, kind: PeriodKind, period: string, now = new Date()): Promise<TeamComments> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const data = await loadReportData(db, { kinds: [kind], units: [teamUnit(teamId)] }, loadReportBase(db, now));
  const book = createCellBook(data);
  const threshold = data.thresholds.commentMinGroupSize;
  const closed = (state: CommentsState): TeamComments => ({ period, state, threshold, comments: [] });
  if (!book.shown(teamUnit(teamId), kind, period)) return closed('suppressed');
  if (book.respondents(teamUnit(teamId), kind, period) < threshold) return closed('too-few');

  const rows = await db
    .select({ body: comments.body })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .innerJoin(pulses, eq(pulses.id, responses.pulseId))
    .where(and(eq(responses.teamId, teamId), eq(LABEL_COLUMN[kind], period), lte(pulses.opensAt, now)));
  const order = (body: string) => createHash('sha256').update(`${period}\n${body}`).digest('hex');
  const shuffled = rows.map((row) => ({ body: row.body, key: order(row.body) })).sort((a, b) => a.key.localeCompare(b.key));
  return { period, state: 'shown', threshold, comments: shuffled.map((row) => row.body) };
}
