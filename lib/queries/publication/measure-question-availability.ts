import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods/period-labels';

export interface QuestionAvailability {
  kind: PeriodKind;
  /** Shown team cells of the grain. */
  cells: number;
  /** Of those, the cells showing at least one question figure. */
  withQuestions: number;
  /** The questions their pulses asked, summed over the cells, and of those the ones shown. */
  asked: number;
  shown: number;
  /** shown / asked, 0–1 (1 when none was asked). */
  share: number;
}

/** Per grain, how many of the questions asked in shown team cells have a published figure. */
export async function measureQuestionAvailability(db: Database): Promise<QuestionAvailability[]> {
  const rows = rowsOf<{ kind: PeriodKind; cells: number; with_questions: number; asked: number; shown: number }>(
    await db.execute(sql`
      with asked as (
        select ca.unit, ca.period_kind, ca.period_label, count(distinct pi.item_id)::int as asked
        from published_cell_atoms ca join pulse_items pi on pi.pulse_id = ca.pulse_id
        where ca.unit like 'team:%' group by 1, 2, 3),
      shown as (
        select unit, period_kind, period_label, count(*)::int as shown from published_cell_items
        where unit like 'team:%' group by 1, 2, 3)
      select c.period_kind::text as kind, count(*)::int as cells,
        (count(*) filter (where coalesce(s.shown, 0) > 0))::int as with_questions,
        coalesce(sum(a.asked), 0)::int as asked, coalesce(sum(s.shown), 0)::int as shown
      from published_cells c
      left join asked a using (unit, period_kind, period_label)
      left join shown s using (unit, period_kind, period_label)
      where c.status = 'shown' and c.unit like 'team:%'
      group by c.period_kind`),
  );
  return PERIOD_KINDS.map((kind) => {
    const row = rows.find((entry) => entry.kind === kind);
    const [cells, withQuestions, asked, shown] = [row?.cells, row?.with_questions, row?.asked, row?.shown].map(
      (value) => Number(value ?? 0),
    ) as [number, number, number, number];
    return { kind, cells, withQuestions, asked, shown, share: asked === 0 ? 1 : shown / asked };
  });
}
