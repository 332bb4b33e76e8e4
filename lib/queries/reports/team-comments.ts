import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { comments, publishedCellAtoms, publishedCells, publishedPulses, pulses, responses } from '@/db/schema';
import { COMMENT_KIND } from '@/lib/domain/anonymity/decide-period-cells';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';

const LABEL_COLUMN = { week: 'week_label', month: 'month_label', quarter: 'quarter_label' } as const;

export interface CommentMonths {
  /** The months the period spans. */
  months: number;
  /** Of those, the months published. */
  published: number;
  /** Of those, the months the unit's results are shown in. */
  shown: number;
  /** Of those, the months the unit's comments are shown in. */
  withComments: number;
  /** The respondents a month needs before its comments are shown (its pulses' threshold). */
  threshold: number;
}

/** How the months of a period stand for a unit's comments, as published. */
export async function readCommentMonths(
  db: Database,
  unit: UnitKey,
  kind: PeriodKind,
  period: string,
): Promise<CommentMonths | null> {
  const [state] = rowsOf<{
    months: number;
    published: number;
    shown: number;
    with_comments: number;
    threshold: number | null;
  }>(
    await db.execute(sql`
      with months as (select distinct month_label as label from ${pulses} where ${sql.raw(LABEL_COLUMN[kind])} = ${period})
      select
        (select count(*) from months)::int as months,
        (select count(*) from published_periods pp join months m on pp.period_kind = 'month' and pp.period_label = m.label)::int as published,
        (select count(*) from ${publishedCells} c join months m on c.period_label = m.label where c.unit = ${unit} and c.period_kind = 'month' and c.status = 'shown')::int as shown,
        (select count(*) from ${publishedCells} c join months m on c.period_label = m.label where c.unit = ${unit} and c.period_kind = 'month' and c.comments)::int as with_comments,
        (select max(pp.comment_min_group_size) from ${publishedPulses} pp join ${pulses} p on p.id = pp.pulse_id where p.${sql.raw(LABEL_COLUMN[kind])} = ${period}) as threshold`),
  );
  if (!state) return null;
  return {
    months: state.months,
    published: state.published,
    shown: state.shown,
    withComments: state.with_comments,
    threshold: Number(state.threshold ?? 0),
  };
}

export interface PublishedComment {
  publicId: string;
  body: string;
  line: number | null;
}

/**
 * A unit's comments in a period, from the answers its published figures hold, in no particular
 * order: by their public id, with the line their author tagged them with; only those tagged with
 * `line` when given.
 */
export async function readPublishedComments(
  db: Database,
  unit: UnitKey,
  kind: PeriodKind,
  period: string,
  line: number | null = null,
): Promise<PublishedComment[]> {
  const rows = rowsOf<{ public_id: string; body: string; line: number | null }>(
    await db.execute(sql`
      select c.public_id, c.body, c.line from ${comments} c
      join ${responses} r on r.id = c.response_id
      join ${publishedCellAtoms} a on a.pulse_id = r.pulse_id and a.team_id = r.team_id
      join ${publishedCells} pc on pc.unit = a.unit and pc.period_kind = a.period_kind and pc.period_label = a.period_label
      join ${pulses} p on p.id = r.pulse_id
      where a.unit = ${unit} and a.period_kind = ${COMMENT_KIND} and pc.comments and p.${sql.raw(LABEL_COLUMN[kind])} = ${period}
        ${line === null ? sql`` : sql`and c.line = ${line}`}`),
  );
  return rows.map((row) => ({ publicId: row.public_id, body: row.body, line: row.line }));
}
