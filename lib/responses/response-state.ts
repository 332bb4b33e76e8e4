import { type SQL, sql } from 'drizzle-orm';
import type { Send } from '@/db/pipelined-transaction';
import type { OtherResponse, PeriodLabels, RespondentContext, ResponseSnapshot } from '@/lib/rollups/response-change-deltas';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { countsByLine } from './response-snapshot';

/** Everything a change to one person's response to one pulse needs to know, read in one statement. */
export interface ResponseState extends RespondentContext {
  /** When the pulse takes answers and what it asks, in order: for deciding whether a change may go ahead. */
  pulse: { opensAt: Date; closesAt: Date; itemIds: number[] };
  periods: PeriodLabels;
  /** The connection line of each item the pulse asks. */
  itemLines: ReadonlyMap<number, number>;
  existing: { id: number; snapshot: ResponseSnapshot } | null;
  /** The team the response is about to count in, from the `joining` query; null without one. */
  joiningTeam: number | null;
}

interface StateRow {
  pulse: { opensAt: string; closesAt: string } | null;
  periods: PeriodLabels | null;
  items: [number, number][];
  joiningTeam: number | null;
  existing: { id: number; teamId: number; answers: [number, number][] } | null;
  others: OtherResponse[];
  ancestry: [number, number | null][];
}

/**
 * The pulse's times, periods and items, the person's current response to it, their responses to
 * other pulses of the same week, month or quarter, and the units above every team involved
 * (including the one `joining` selects, where the response is about to count; it may read the
 * pulse's row from `pulse`). Read after taking the person's lock; null when there is no such pulse.
 */
export async function loadResponseState(send: Send, key: { pulseId: number; personId: number; joining: SQL | null }): Promise<ResponseState | null> {
  const [row] = await send<StateRow>(sql`
    with recursive
    pulse as (select id, opens_at, closes_at, week_label, month_label, quarter_label from pulses where id = ${key.pulseId}),
    joining as (select (${key.joining ?? sql`null`})::int as team_id),
    existing as (select id, team_id from responses where pulse_id = ${key.pulseId} and person_id = ${key.personId}),
    others as (
      select r.team_id as "teamId", json_build_object('week', p.week_label, 'month', p.month_label, 'quarter', p.quarter_label) as labels
      from pulse, responses r join pulses p on p.id = r.pulse_id
      where r.person_id = ${key.personId} and r.pulse_id <> pulse.id
        and (p.week_label = pulse.week_label or p.month_label = pulse.month_label or p.quarter_label = pulse.quarter_label)
    ),
    involved as (select team_id from existing union select "teamId" from others union select team_id from joining),
    chain(team_id, department_id, depth) as (
      select t.id, t.department_id, 0 from teams t join involved i on i.team_id = t.id
      union all
      select c.team_id, d.parent_id, c.depth + 1 from chain c join departments d on d.id = c.department_id where d.parent_id is not null
    )
    select
      (select json_build_object('opensAt', opens_at, 'closesAt', closes_at) from pulse) as pulse,
      (select json_build_object('week', week_label, 'month', month_label, 'quarter', quarter_label) from pulse) as periods,
      (select coalesce(json_agg(json_build_array(pi.item_id, si.line) order by pi.position), '[]')
       from pulse_items pi join survey_items si on si.id = pi.item_id where pi.pulse_id = ${key.pulseId}) as items,
      (select team_id from joining) as "joiningTeam",
      (select json_build_object('id', e.id, 'teamId', e.team_id, 'answers',
        (select coalesce(json_agg(json_build_array(si.line, a.score)), '[]') from answers a join survey_items si on si.id = a.item_id where a.response_id = e.id))
       from existing e) as existing,
      (select coalesce(json_agg(o), '[]') from others o) as others,
      (select coalesce(json_agg(json_build_array(team_id, department_id) order by team_id, depth), '[]') from chain) as ancestry`);
  if (!row?.pulse || !row.periods) return null;
  const units = new Map<number, UnitKey[]>();
  for (const [teamId, departmentId] of row.ancestry) {
    const list = units.get(teamId) ?? [teamUnit(teamId), ORG_UNIT];
    // Departments go between the team and the organisation, nearest first.
    if (departmentId !== null) list.splice(list.length - 1, 0, departmentUnit(departmentId));
    units.set(teamId, list);
  }
  const existing = row.existing
    ? { id: Number(row.existing.id), snapshot: { teamId: row.existing.teamId, countsByLine: countsByLine(row.existing.answers.map(([line, score]) => ({ line, score }))) } }
    : null;
  return {
    pulse: { opensAt: new Date(row.pulse.opensAt), closesAt: new Date(row.pulse.closesAt), itemIds: row.items.map(([itemId]) => itemId) },
    periods: row.periods,
    itemLines: new Map(row.items),
    existing,
    joiningTeam: row.joiningTeam,
    others: row.others,
    unitsOf: (teamId) => units.get(teamId) ?? [],
  };
}
