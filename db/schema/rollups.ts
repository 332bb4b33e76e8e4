import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { teams } from './organisation';
import { pulses } from './surveys';

/**
 * Pre-aggregated results, kept current in the same transaction as every stored, revised or
 * deleted response (lib/rollups) and rebuilt from the raw tables by `npm run db:rollup`.
 * Reports read these tables only. None of them holds anything about a single person.
 * Counts carry no `>= 0` check: updates arrive as signed deltas through INSERT … ON CONFLICT, whose
 * candidate row Postgres checks before resolving the conflict; `npm run db:rollup -- --check` guards them.
 */
export const periodKindEnum = pgEnum('period_kind', ['week', 'month', 'quarter']);

const unitPeriodColumns = () => ({ unit: text().notNull(), periodKind: periodKindEnum().notNull(), periodLabel: text().notNull() });

/**
 * Per team per pulse: the respondents (the input of the anonymity blocks, lib/anonymity) and the
 * people invited — members of the team on the day the pulse opened — for participation.
 */
export const rollupTeamPulse = pgTable(
  'rollup_team_pulse',
  {
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    respondents: integer().notNull(),
    invited: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.pulseId] }),
    index('rollup_team_pulse_pulse_idx').on(t.pulseId),
  ],
);

/**
 * Distinct respondents per unit ('org', 'department:ID', 'team:ID') per period: someone who
 * answers four weekly pulses counts once in the month, and once in their department.
 */
export const rollupUnitPeriod = pgTable(
  'rollup_unit_period',
  { ...unitPeriodColumns(), respondents: integer().notNull() },
  (t) => [
    primaryKey({ columns: [t.unit, t.periodKind, t.periodLabel] }),
    index('rollup_unit_period_period_idx').on(t.periodKind, t.periodLabel),
  ],
);

/** How many answers of each score (1–5) a unit gave to a line's items in a period: means, variances, % favourable and medians merge exactly. */
export const rollupUnitPeriodLine = pgTable(
  'rollup_unit_period_line',
  {
    ...unitPeriodColumns(),
    line: smallint().notNull(),
    score1: integer().notNull(),
    score2: integer().notNull(),
    score3: integer().notNull(),
    score4: integer().notNull(),
    score5: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unit, t.periodKind, t.periodLabel, t.line] }),
    index('rollup_unit_period_line_period_idx').on(t.periodKind, t.periodLabel),
    check('rollup_unit_period_line_line', sql`${t.line} between 1 and 4`),
  ],
);
