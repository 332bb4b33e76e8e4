import { type SQL, sql } from 'drizzle-orm';
import { COMMENT_KIND } from '@/lib/domain/anonymity/decide-period-cells';

/**
 * Whether the comment of the response aliased `response` is shown now: its team's month holds its
 * answers in a published figure whose comments are shown. Publication is decided once, so a comment
 * shown once stays shown until retention removes it.
 */
export function commentIsShown(response: SQL): SQL {
  return sql`exists (
    select 1 from published_cell_atoms a
    join published_cells pc on pc.unit = a.unit and pc.period_kind = a.period_kind and pc.period_label = a.period_label
    where a.pulse_id = ${response}.pulse_id and a.team_id = ${response}.team_id
      and a.unit = 'team:' || ${response}.team_id and a.period_kind = ${COMMENT_KIND} and pc.comments)`;
}
