import { type SQL, sql } from 'drizzle-orm';

/**
 * The rollups computed from scratch out of the raw tables, as SELECTs: the rebuild inserts them,
 * the consistency check compares them with what the incremental updates produced.
 */
const teamUnits = sql`
  team_units(team_id, unit) as (
    select id, 'team:' || id from teams
    union all
    select team_id, 'department:' || department_id from department_chain
    union all
    select id, 'org' from teams
  )`;

const departmentChain = sql`
  department_chain(team_id, department_id) as (
    select id, department_id from teams
    union all
    select c.team_id, d.parent_id from department_chain c join departments d on d.id = c.department_id
    where d.parent_id is not null
  )`;

const pulsePeriods = sql`
  pulse_periods(pulse_id, period_kind, period_label) as (
    select id, 'week'::period_kind, week_label from pulses
    union all select id, 'month'::period_kind, month_label from pulses
    union all select id, 'quarter'::period_kind, quarter_label from pulses
  )`;

const withUnitsAndPeriods = sql`with recursive ${departmentChain}, ${teamUnits}, ${pulsePeriods}`;

/** Members of each team on the (UTC) day each pulse opened: the people it was sent to. */
export const invitedPerTeamPulse: SQL = sql`
  select m.team_id, p.id as pulse_id, count(*)::int as invited
  from pulses p
  join team_memberships m
    on m.valid_from <= (p.opens_at at time zone 'UTC')::date
   and (m.valid_to is null or m.valid_to > (p.opens_at at time zone 'UTC')::date)
  group by m.team_id, p.id`;

export const recomputeTeamPulse: SQL = sql`
  select coalesce(r.team_id, i.team_id) as team_id, coalesce(r.pulse_id, i.pulse_id) as pulse_id,
    coalesce(r.respondents, 0) as respondents, coalesce(i.invited, 0) as invited
  from (select team_id, pulse_id, count(*)::int as respondents from responses group by team_id, pulse_id) r
  full join (${invitedPerTeamPulse}) i on i.team_id = r.team_id and i.pulse_id = r.pulse_id`;

export const recomputeUnitPeriod: SQL = sql`
  ${withUnitsAndPeriods}
  select tu.unit, pp.period_kind, pp.period_label, count(distinct r.person_id)::int as respondents
  from responses r
  join team_units tu on tu.team_id = r.team_id
  join pulse_periods pp on pp.pulse_id = r.pulse_id
  group by tu.unit, pp.period_kind, pp.period_label`;

export const recomputeUnitPeriodLine: SQL = sql`
  ${withUnitsAndPeriods}
  select tu.unit, pp.period_kind, pp.period_label, si.line,
    (count(*) filter (where a.score = 1))::int as score1,
    (count(*) filter (where a.score = 2))::int as score2,
    (count(*) filter (where a.score = 3))::int as score3,
    (count(*) filter (where a.score = 4))::int as score4,
    (count(*) filter (where a.score = 5))::int as score5
  from answers a
  join responses r on r.id = a.response_id
  join survey_items si on si.id = a.item_id
  join team_units tu on tu.team_id = r.team_id
  join pulse_periods pp on pp.pulse_id = r.pulse_id
  group by tu.unit, pp.period_kind, pp.period_label, si.line`;
