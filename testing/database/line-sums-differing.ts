import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

/** Each response whose stored line sums (db/schema/surveys.ts) differ from its answers'; none when they are kept right. */
export async function lineSumsDifferingFromAnswers(db: Database): Promise<unknown[]> {
  return rowsOf(
    await db.execute(sql`
      select r.id, r.line1_sum, r.line1_answers, r.line2_sum, r.line2_answers, r.line3_sum, r.line3_answers, r.line4_sum, r.line4_answers, s.*
      from responses r
      left join lateral (
        select
          coalesce(sum(a.score) filter (where si.line = 1), 0) as s1, count(*) filter (where si.line = 1) as n1,
          coalesce(sum(a.score) filter (where si.line = 2), 0) as s2, count(*) filter (where si.line = 2) as n2,
          coalesce(sum(a.score) filter (where si.line = 3), 0) as s3, count(*) filter (where si.line = 3) as n3,
          coalesce(sum(a.score) filter (where si.line = 4), 0) as s4, count(*) filter (where si.line = 4) as n4
        from answers a join survey_items si on si.id = a.item_id where a.response_id = r.id) s on true
      where (r.line1_sum, r.line1_answers, r.line2_sum, r.line2_answers, r.line3_sum, r.line3_answers, r.line4_sum, r.line4_answers)
        is distinct from (s.s1, s.n1, s.s2, s.n2, s.s3, s.n3, s.s4, s.n4)`),
  );
}
