import { type SQL, sql } from 'drizzle-orm';
import { publishedAtoms, publishedCellAtoms, publishedCells, publishedPeriods, publishedPulses } from '@/db/schema';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';

export interface PeriodCells {
  kind: PeriodKind;
  label: string;
  /**
   * The shown cells not filled yet (the fill, from the responses' line sums), or those that publish
   * person means (the check and the benchmark's raw baseline, from the answers).
   */
  which: 'unfilled' | 'filled';
  /** Only these units; all when absent. */
  units?: readonly UnitKey[];
}

/** The entry of the composite (connection) person means after the four lines, counted from 1. */
const CONNECTION_ENTRY = sql.raw('5');

const WHICH = { unfilled: sql`and person_means is null`, filled: sql`and cardinality(person_means) > 0` };

/** Per (set, person, line) with an answer in it: the person's mean over the period and over the previous one. */
const PERSON_LINES = {
  // Summed per (set, person) from each response's line sums, a tenth of the rows of its answers, then
  // split by line; a line the person left unanswered in both periods has no row.
  unfilled: sql`
    select s.set_id, s.person_id, l.line,
      l.now_sum::numeric / nullif(l.now_answers, 0) as now, l.before_sum::numeric / nullif(l.before_answers, 0) as before
    from (
      select sp.set_id, r.person_id, ${sql.join(
        CONNECTION_LINES.map((line) =>
          sql.raw(
            [
              `sum(r.line${line}_sum) filter (where sp.now) as now_sum${line}`,
              `sum(r.line${line}_answers) filter (where sp.now) as now_answers${line}`,
              `sum(r.line${line}_sum) filter (where not sp.now) as before_sum${line}`,
              `sum(r.line${line}_answers) filter (where not sp.now) as before_answers${line}`,
            ].join(', '),
          ),
        ),
        sql`, `,
      )}
      from set_pulses sp
      join responses r on r.pulse_id = sp.pulse_id and r.team_id = sp.team_id
      group by sp.set_id, r.person_id) s
    cross join lateral (values ${sql.join(
      CONNECTION_LINES.map((line) =>
        sql.raw(`(${line}, s.now_sum${line}, s.now_answers${line}, s.before_sum${line}, s.before_answers${line})`),
      ),
      sql`, `,
    )}) l(line, now_sum, now_answers, before_sum, before_answers)
    where coalesce(l.now_answers, 0) + coalesce(l.before_answers, 0) > 0`,
  // From the answers themselves, so that the check also proves the line sums the fill read.
  filled: sql`
    select sp.set_id, r.person_id, si.line,
      (sum(a.score) filter (where sp.now))::numeric / nullif(count(*) filter (where sp.now), 0) as now,
      (sum(a.score) filter (where not sp.now))::numeric / nullif(count(*) filter (where not sp.now), 0) as before
    from set_pulses sp
    join responses r on r.pulse_id = sp.pulse_id and r.team_id = sp.team_id
    join answers a on a.response_id = r.id join survey_items si on si.id = a.item_id
    group by sp.set_id, r.person_id, si.line`,
};

/**
 * Per shown cell of one period, computed from the raw answers (or from the line sums each response
 * keeps of them, see `which`): `person_means` and `overlap` as
 * published_cells stores them (db/schema/publication.ts), empty where the answers of the cell's atoms
 * (or, for the overlap, of the previous period's cell's) are no longer all there; `checkable` when
 * they all are, so that the result must equal what was stored.
 *
 * A person mean is keyed by person and team, so a person who changed teams within a period counts
 * once in each: a department's sums are then the sums of its teams', and no difference of shown
 * cells turns on one person's move. The overlap with the previous published period of the kind is
 * kept per line only when at least k pairs are in it, k being the threshold the period was decided with.
 *
 * After the four lines comes a fifth entry, the connection score's (lib/domain/stats/connection-score.ts):
 * the same sums over each (person, team)'s composite mean, the mean of their line means over the
 * lines they answered. It is a value of the very same terms, so the person-mean rule that let the
 * cell publish its line sums weighed it too (lib/queries/publication/fill-person-means.ts).
 */
export function personMeansOfPeriod({ kind, label, which, units }: PeriodCells): SQL {
  const labelColumn = { week: sql`p.week_label`, month: sql`p.month_label`, quarter: sql`p.quarter_label` }[kind];
  return sql`
    with target as (
      select unit from ${publishedCells}
      where period_kind = ${kind} and period_label = ${label} and status = 'shown' ${WHICH[which]}
        ${units ? sql`and unit in ${units}` : sql``}),
    previous as (
      select max(period_label) as label from ${publishedPeriods} where period_kind = ${kind} and period_label < ${label}),
    threshold as (
      select coalesce(max(pp.min_group_size), 0) as k from ${publishedPulses} pp join pulses p on p.id = pp.pulse_id
      where ${labelColumn} = ${label} and exists (select 1 from ${publishedAtoms} pa where pa.pulse_id = pp.pulse_id)),
    member_atoms as (
      select ca.unit, ca.pulse_id, ca.team_id, ca.period_label = ${label} as now
      from ${publishedCellAtoms} ca join target t on t.unit = ca.unit
      where ca.period_kind = ${kind} and (ca.period_label = ${label} or ca.period_label = (select label from previous))),
    atom_answers as (
      select r.pulse_id, r.team_id, count(*) as answered from responses r
      -- An array, so that the pulses' responses are read by index: as a join the planner scans them all.
      where r.pulse_id = any(array(select distinct pulse_id from member_atoms)) group by r.pulse_id, r.team_id),
    countable as (
      select ma.unit, ma.now, bool_and(pa.respondents = coalesce(aa.answered, 0)) as ok
      from member_atoms ma
      join ${publishedAtoms} pa on pa.pulse_id = ma.pulse_id and pa.team_id = ma.team_id
      left join atom_answers aa on aa.pulse_id = ma.pulse_id and aa.team_id = ma.team_id
      group by ma.unit, ma.now),
    unit_teams as (
      select unit, team_id,
        coalesce(array_agg(pulse_id order by pulse_id) filter (where now), '{}') as now_pulses,
        coalesce(array_agg(pulse_id order by pulse_id) filter (where not now), '{}') as before_pulses
      from member_atoms group by unit, team_id),
    team_pulse_sets as (
      select row_number() over () as set_id, team_id, now_pulses, before_pulses
      from (select distinct team_id, now_pulses, before_pulses from unit_teams) s),
    set_pulses as (
      select ts.set_id, ts.team_id, p.pulse_id, true as now from team_pulse_sets ts, unnest(ts.now_pulses) p(pulse_id)
      union all
      select ts.set_id, ts.team_id, p.pulse_id, false from team_pulse_sets ts, unnest(ts.before_pulses) p(pulse_id)),
    person_lines as (${PERSON_LINES[which]}),
    person_values as (
      select set_id, person_id, line::int as line, now, before from person_lines
      union all
      select set_id, person_id, ${CONNECTION_ENTRY} as line, avg(now) as now, avg(before) as before
      from person_lines group by set_id, person_id),
    set_sums as (
      select set_id, line,
        count(now) as n, sum(now) as s, sum(now * now) as ss,
        count(now * before) as pn, sum(now) filter (where before is not null) as sx, sum(before) filter (where now is not null) as sy,
        sum(now * now) filter (where before is not null) as sxx, sum(before * before) filter (where now is not null) as syy, sum(now * before) as sxy
      from person_values group by set_id, line),
    unit_sums as (
      select ut.unit, ss.line, sum(ss.n) as n, sum(ss.s) as s, sum(ss.ss) as ss,
        sum(ss.pn) as pn, sum(ss.sx) as sx, sum(ss.sy) as sy, sum(ss.sxx) as sxx, sum(ss.syy) as syy, sum(ss.sxy) as sxy
      from unit_teams ut
      join team_pulse_sets ts on ts.team_id = ut.team_id and ts.now_pulses = ut.now_pulses and ts.before_pulses = ut.before_pulses
      join set_sums ss on ss.set_id = ts.set_id
      group by ut.unit, ss.line),
    per_line as (
      select t.unit, l.line,
        array[coalesce(u.n, 0), coalesce(u.s, 0), coalesce(u.ss, 0)]::float8[] as own_sums,
        (case when u.pn > 0 and u.pn >= (select k from threshold) then array[u.pn, u.sx, u.sy, u.sxx, u.syy, u.sxy] else array[0, 0, 0, 0, 0, 0] end)::float8[] as paired_sums
      from target t cross join generate_series(1, ${CONNECTION_ENTRY}) as l(line)
      left join unit_sums u on u.unit = t.unit and u.line = l.line),
    per_cell as (
      select pl.unit,
        array(select unnest(array_agg(pl.own_sums order by pl.line))) as person_means,
        array(select unnest(array_agg(pl.paired_sums order by pl.line))) as overlap,
        coalesce(bool_and(cn.ok), false) as countable,
        coalesce(bool_and(cb.ok), true) as previous_countable
      from per_line pl
      left join countable cn on cn.unit = pl.unit and cn.now
      left join countable cb on cb.unit = pl.unit and not cb.now
      group by pl.unit)
    select unit, countable and previous_countable as checkable,
      case when countable then person_means else '{}' end as person_means,
      case when countable and previous_countable then overlap else '{}' end as overlap
    from per_cell`;
}
