import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods/period-labels';

export interface GrainAvailability {
  kind: PeriodKind;
  /** Team × period cells of decided periods with at least k distinct respondents (k of the period's pulses). */
  eligible: number;
  /** Of those, the cells shown. */
  shown: number;
  /** shown / eligible, 0–1 (1 when none is eligible). */
  share: number;
}

/**
 * How much of what could be shown is shown: per grain, the share of team cells with at least k
 * distinct respondents (counted from the raw answers, in the team they answered for) that the
 * publication shows. The price of protection should fall on weeks, not on months and quarters.
 */
export async function measureAvailability(db: Database): Promise<GrainAvailability[]> {
  const rows = rowsOf<{ kind: PeriodKind; eligible: number; shown: number }>(
    await db.execute(sql`
      with team_periods as (
        select 'team:' || r.team_id as unit, k.kind::period_kind as kind,
          case k.kind when 'week' then p.week_label when 'month' then p.month_label else p.quarter_label end as label,
          count(distinct r.person_id) as respondents, max(pp.min_group_size) as k
        from responses r
        join pulses p on p.id = r.pulse_id
        join published_pulses pp on pp.pulse_id = r.pulse_id
        cross join (values ('week'), ('month'), ('quarter')) k(kind)
        group by 1, 2, 3)
      select tp.kind, count(*)::int as eligible, (count(*) filter (where c.status = 'shown'))::int as shown
      from team_periods tp
      join published_periods d on d.period_kind = tp.kind and d.period_label = tp.label
      left join published_cells c on c.unit = tp.unit and c.period_kind = tp.kind and c.period_label = tp.label
      where tp.respondents >= tp.k
      group by tp.kind`),
  );
  return PERIOD_KINDS.map((kind) => {
    const row = rows.find((entry) => entry.kind === kind);
    const eligible = Number(row?.eligible ?? 0);
    const shown = Number(row?.shown ?? 0);
    return { kind, eligible, shown, share: eligible === 0 ? 1 : shown / eligible };
  });
}
