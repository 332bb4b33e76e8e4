import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { comments, publishedCellAtoms, publishedCells, publishedPulses, pulses, responses } from '@/db/schema';
import { COMMENT_KIND } from '@/lib/domain/anonymity/decide-period-cells';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { teamUnit } from '@/lib/domain/rollups/units';
import { assertCanSeeTeamFeedback } from '@/lib/server/access/report-access';
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
  /** Only the text, in an order unrelated to when or by whom they were written. */
  comments: string[];
}

const LABEL_COLUMN = { week: 'week_label', month: 'month_label', quarter: 'quarter_label' } as const;

/**
 * A team's comments for a month or a quarter, as published: a team month's comments were decided
 * once, with the month (at least the comment threshold of people in its published figure), and are
 * shown in every view of that month and of its quarter or in none, only from the answers its figure
 * holds. So no view minus another pins a comment to a week or to a smaller group. Text alone, in an
 * order set by a hash of the text, never in submission order.
 */
export async function getTeamComments(db: Database, viewer: Viewer, teamId: number, kind: PeriodKind, period: string): Promise<TeamComments> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const unit = teamUnit(teamId);
  const [state] = rowsOf<{ months: number; published: number; shown: number; with_comments: number; threshold: number | null }>(
    await db.execute(sql`
      with months as (select distinct month_label as label from ${pulses} where ${sql.raw(LABEL_COLUMN[kind])} = ${period})
      select
        (select count(*) from months)::int as months,
        (select count(*) from published_periods pp join months m on pp.period_kind = 'month' and pp.period_label = m.label)::int as published,
        (select count(*) from ${publishedCells} c join months m on c.period_label = m.label where c.unit = ${unit} and c.period_kind = 'month' and c.status = 'shown')::int as shown,
        (select count(*) from ${publishedCells} c join months m on c.period_label = m.label where c.unit = ${unit} and c.period_kind = 'month' and c.comments)::int as with_comments,
        (select max(pp.comment_min_group_size) from ${publishedPulses} pp join ${pulses} p on p.id = pp.pulse_id where p.${sql.raw(LABEL_COLUMN[kind])} = ${period}) as threshold`),
  );
  const threshold = Number(state?.threshold ?? 0);
  const closed = (value: CommentsState): TeamComments => ({ period, state: value, threshold, comments: [] });
  if (kind === 'week') return closed('by-month');
  if (!state || state.published < state.months || state.months === 0) return closed('pending');
  if (state.shown === 0) return closed('suppressed');
  if (state.with_comments === 0) return closed('too-few');

  const rows = rowsOf<{ body: string }>(
    await db.execute(sql`
      select c.body from ${comments} c
      join ${responses} r on r.id = c.response_id
      join ${publishedCellAtoms} a on a.pulse_id = r.pulse_id and a.team_id = r.team_id
      join ${publishedCells} pc on pc.unit = a.unit and pc.period_kind = a.period_kind and pc.period_label = a.period_label
      join ${pulses} p on p.id = r.pulse_id
      where a.unit = ${unit} and a.period_kind = ${COMMENT_KIND} and pc.comments and p.${sql.raw(LABEL_COLUMN[kind])} = ${period}`),
  );
  const order = (body: string) => createHash('sha256').update(`${period}\n${body}`).digest('hex');
  const shuffled = rows.map((row) => ({ body: row.body, key: order(row.body) })).sort((a, b) => a.key.localeCompare(b.key));
  return { period, state: 'shown', threshold, comments: shuffled.map((row) => row.body) };
}
