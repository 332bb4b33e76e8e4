import { type SQL, sql } from 'drizzle-orm';
import { responseLineSums } from '@/db/schema';

/**
 * Per response of `responseIds` (a query of response ids), from its answers: per line the sum of its
 * scores and how many it answered, as response_line_sums stores them (a response with no answers has zeros).
 */
export const lineSumsOfResponses = (responseIds: SQL) => sql`
  select r.id as response_id,
    coalesce(sum(a.score) filter (where si.line = 1), 0)::smallint as line1_sum, (count(a.score) filter (where si.line = 1))::smallint as line1_answers,
    coalesce(sum(a.score) filter (where si.line = 2), 0)::smallint as line2_sum, (count(a.score) filter (where si.line = 2))::smallint as line2_answers,
    coalesce(sum(a.score) filter (where si.line = 3), 0)::smallint as line3_sum, (count(a.score) filter (where si.line = 3))::smallint as line3_answers,
    coalesce(sum(a.score) filter (where si.line = 4), 0)::smallint as line4_sum, (count(a.score) filter (where si.line = 4))::smallint as line4_answers
  from (${responseIds}) r(id)
  left join answers a on a.response_id = r.id left join survey_items si on si.id = a.item_id
  group by r.id`;

/** Writes the line sums of every response to one pulse, which has closed and settled. */
export const writeLineSumsOfPulse = (pulseId: number) => sql`
  insert into ${responseLineSums} (response_id, line1_sum, line1_answers, line2_sum, line2_answers,
    line3_sum, line3_answers, line4_sum, line4_answers)
  ${lineSumsOfResponses(sql`select id from responses where pulse_id = ${pulseId}`)}`;
