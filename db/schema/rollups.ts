import { index, integer, pgEnum, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { teams } from './organisation';
import { pulses } from './surveys';

/** The kinds of reporting period (lib/periods), as the publication store keys them (db/schema/publication.ts). */
export const periodKindEnum = pgEnum('period_kind', ['week', 'month', 'quarter']);

/**
 * Per team per pulse: the respondents and the people invited — members of the team on the day the
 * pulse opened — for live participation. Kept current by every stored, revised or deleted response
 * (lib/rollups) and rebuilt from the raw tables by `npm run db:rollup`; it holds nothing about a
 * single person. Respondents carry no `>= 0` check: updates arrive as signed deltas through
 * INSERT … ON CONFLICT, whose candidate row Postgres checks before resolving the conflict;
 * `npm run db:rollup -- --check` guards them.
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
  (t) => [primaryKey({ columns: [t.teamId, t.pulseId] }), index('rollup_team_pulse_pulse_idx').on(t.pulseId)],
);
