import type { Sql } from 'postgres';
import { QUESTION_BANK } from '@/seed/plan/question-bank';
import { copyRows } from './copy-rows';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import type { LargeOrganisation } from '../large/large-types';
import { pulseId, surveyItemId } from '../plan/plan-pulses';
import type { PlannedPulse } from '../plan/plan-types';

/** The question bank, organisation, people and pulses, each table in one COPY with the plan's ids. */
export async function writeOrganisation(
  sql: Sql,
  organisation: LargeOrganisation,
  pulses: readonly PlannedPulse[],
  passwordHash: string,
): Promise<Record<string, number>> {
  const { departments, teams, people, memberships, leaders, heads } = organisation;
  return {
    surveyItems: await copyRows(
      sql,
      'survey_items',
      ['id', 'line', 'text_nl', 'text_en'],
      QUESTION_BANK.map((item, index) => [surveyItemId(index), item.line, item.textNl, item.textEn]),
    ),
    departments: await copyRows(
      sql,
      'departments',
      ['id', 'name', 'parent_id'],
      departments.map((d) => [d.id, d.name, d.parentId]),
    ),
    teams: await copyRows(
      sql,
      'teams',
      ['id', 'name', 'department_id'],
      teams.map((t) => [t.id, t.name, t.departmentId]),
    ),
    people: await copyRows(
      sql,
      'people',
      ['id', 'email', 'name', 'password_hash', 'locale'],
      people.map((p) => [p.id, p.email, p.name, passwordHash, p.locale]),
    ),
    personRoles: await copyRows(
      sql,
      'person_roles',
      ['person_id', 'role'],
      people.flatMap((p) => p.roles.map((role) => [p.id, role])),
    ),
    memberships: await copyRows(
      sql,
      'team_memberships',
      ['id', 'person_id', 'team_id', 'valid_from', 'valid_to'],
      memberships.map((m) => [m.id, m.personId, m.teamId, m.validFrom, m.validTo]),
    ),
    teamLeaders: await copyRows(
      sql,
      'team_leaders',
      ['team_id', 'person_id'],
      leaders.map((l) => [l.teamId, l.personId]),
    ),
    departmentHeads: await copyRows(
      sql,
      'department_heads',
      ['department_id', 'person_id'],
      heads.map((h) => [h.departmentId, h.personId]),
    ),
    pulses: await copyRows(
      sql,
      'pulses',
      ['id', 'opens_at', 'closes_at', 'week_label', 'month_label', 'quarter_label'],
      pulses
        .map(withPeriodLabels)
        .map((p, index) => [
          pulseId(index),
          p.opensAt.toISOString(),
          p.closesAt.toISOString(),
          p.weekLabel,
          p.monthLabel,
          p.quarterLabel,
        ]),
    ),
    pulseItems: await copyRows(
      sql,
      'pulse_items',
      ['pulse_id', 'item_id', 'position'],
      pulses.flatMap((p, index) =>
        p.itemIndexes.map((item, position) => [pulseId(index), surveyItemId(item), position + 1]),
      ),
    ),
  };
}
