import { toDateString } from '@/seed/plan/dates';
import type { ResponseTable } from '@/seed/plan/plan-responses';
import { pulseId } from '@/seed/plan/plan-pulses';
import type { PlannedPulse } from '@/seed/plan/plan-types';
import type { LargeOrganisation } from './large-types';

/** `rollup_team_pulse` as rows in its column order (db/schema/rollups.ts), ready for COPY. */
export type RollupRows = number[][];

/**
 * The rollup computed in memory from the generated responses, with the meaning of
 * lib/queries/rollups/recompute-queries.ts: respondents and invited people (members on the UTC day the
 * pulse opened) per team per pulse, for every team and pulse with either.
 */
export function tallyRollups(organisation: LargeOrganisation, pulses: readonly PlannedPulse[], table: ResponseTable): RollupRows {
  const pulseCount = pulses.length;
  const maxTeamId = organisation.teams.reduce((max, team) => Math.max(max, team.id), 0);

  const respondents = new Int32Array((maxTeamId + 1) * pulseCount);
  for (let row = 0; row < table.count; row++) respondents[(table.teamId[row] ?? 0) * pulseCount + (table.pulseIndex[row] ?? 0)]! += 1;

  const invited = new Int32Array((maxTeamId + 1) * pulseCount);
  const openingDays = pulses.map((pulse) => toDateString(pulse.opensAt));
  for (const stay of organisation.memberships) {
    openingDays.forEach((day, pulse) => {
      if (stay.validFrom <= day && (stay.validTo === null || stay.validTo > day)) invited[stay.teamId * pulseCount + pulse]! += 1;
    });
  }

  const rows: RollupRows = [];
  for (const team of organisation.teams) {
    for (let pulse = 0; pulse < pulseCount; pulse++) {
      const slot = team.id * pulseCount + pulse;
      const answered = respondents[slot] ?? 0;
      const members = invited[slot] ?? 0;
      if (answered > 0 || members > 0) rows.push([team.id, pulseId(pulse), answered, members]);
    }
  }
  return rows;
}
