import { toDateString } from '@/db/seed/dates';
import { CONNECTION_LINES } from '@/lib/model/connection-lines';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/periods/period-labels';
import { ORG_UNIT, type UnitKey, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { lineOfItem } from './generate-responses';
import type { LargeOrganisation, LargePulse } from './large-types';
import type { ResponseTable } from './generate-responses';

type CopyRow = (string | number)[];

/** The three rollup tables as rows in their column order (db/schema/rollups.ts), ready for COPY. */
export interface RollupRows {
  teamPulse: CopyRow[];
  unitPeriod: CopyRow[];
  unitPeriodLine: CopyRow[];
}

const SCORES = 5;
const CELLS = CONNECTION_LINES.length * SCORES;

/**
 * The rollups computed in memory from the generated responses, with the meaning of
 * lib/rollups/recompute-queries.ts: respondents and invited people (members on the UTC day the
 * pulse opened) per team per pulse; distinct people per unit
 * (the organisation, every department with all teams below it, every team) per period; and per
 * unit × period × line the count of each score.
 */
export function tallyRollups(organisation: LargeOrganisation, pulses: readonly LargePulse[], table: ResponseTable): RollupRows {
  const units: UnitKey[] = [ORG_UNIT, ...organisation.departments.map((d) => departmentUnit(d.id)), ...organisation.teams.map((t) => teamUnit(t.id))];
  const unitIndex = new Map(units.map((unit, index) => [unit, index]));
  const unitsOfTeam = teamUnitIndexes(organisation, unitIndex);
  const periods = periodIndexes(pulses);
  const pulseCount = pulses.length;
  const maxTeamId = organisation.teams.reduce((max, team) => Math.max(max, team.id), 0);
  const maxPersonId = organisation.people.reduce((max, person) => Math.max(max, person.id), 0);

  // Per team and pulse: respondents, and the count of each score per line.
  const teamPulse = new Int32Array((maxTeamId + 1) * pulseCount);
  const teamPulseCells = new Int32Array((maxTeamId + 1) * pulseCount * CELLS);
  const lineOffsets = pulses.map((pulse) => pulse.itemIds.map((itemId) => (lineOfItem(itemId) - 1) * SCORES));
  for (let row = 0; row < table.count; row++) {
    const pulse = table.pulseIndex[row] ?? 0;
    const slot = (table.teamId[row] ?? 0) * pulseCount + pulse;
    teamPulse[slot] = (teamPulse[slot] ?? 0) + 1;
    const offsets = lineOffsets[pulse] ?? [];
    for (let item = 0; item < table.itemsPerPulse; item++) {
      const cell = slot * CELLS + (offsets[item] ?? 0) + (table.scores[row * table.itemsPerPulse + item] ?? 1) - 1;
      teamPulseCells[cell] = (teamPulseCells[cell] ?? 0) + 1;
    }
  }

  const invited = new Int32Array((maxTeamId + 1) * pulseCount);
  const openingDays = pulses.map((pulse) => toDateString(pulse.opensAt));
  for (const stay of organisation.memberships) {
    openingDays.forEach((day, pulse) => {
      if (stay.validFrom <= day && (stay.validTo === null || stay.validTo > day)) invited[stay.teamId * pulseCount + pulse]! += 1;
    });
  }

  const unitPeriodCells = new Int32Array(units.length * periods.labels.length * CELLS);
  const teamPulseRows: CopyRow[] = [];
  for (const team of organisation.teams) {
    for (let pulse = 0; pulse < pulseCount; pulse++) {
      const slot = team.id * pulseCount + pulse;
      const respondents = teamPulse[slot] ?? 0;
      const members = invited[slot] ?? 0;
      if (respondents > 0 || members > 0) teamPulseRows.push([team.id, pulses[pulse]?.id ?? 0, respondents, members]);
      if (respondents === 0) continue;
      for (const unit of unitsOfTeam.get(team.id) ?? []) {
        for (const kind of PERIOD_KINDS) {
          const target = (unit * periods.labels.length + periods.ofPulse[kind][pulse]!) * CELLS;
          for (let cell = 0; cell < CELLS; cell++) unitPeriodCells[target + cell]! += teamPulseCells[slot * CELLS + cell] ?? 0;
        }
      }
    }
  }

  // Distinct people per unit and period: a stamp per unit and person remembers the last period counted.
  const respondents = new Int32Array(units.length * periods.labels.length);
  const stamps = new Int32Array(units.length * (maxPersonId + 1)).fill(-1);
  for (const kind of PERIOD_KINDS) {
    for (let row = 0; row < table.count; row++) {
      const period = periods.ofPulse[kind][table.pulseIndex[row] ?? 0]!;
      const person = table.personId[row] ?? 0;
      for (const unit of unitsOfTeam.get(table.teamId[row] ?? 0) ?? []) {
        const stamp = unit * (maxPersonId + 1) + person;
        if (stamps[stamp] === period) continue;
        stamps[stamp] = period;
        respondents[unit * periods.labels.length + period]! += 1;
      }
    }
  }

  const unitPeriodRows: CopyRow[] = [];
  const unitPeriodLineRows: CopyRow[] = [];
  units.forEach((unit, u) => {
    periods.labels.forEach(({ kind, label }, p) => {
      const count = respondents[u * periods.labels.length + p] ?? 0;
      if (count > 0) unitPeriodRows.push([unit, kind, label, count]);
      for (const line of CONNECTION_LINES) {
        const base = (u * periods.labels.length + p) * CELLS + (line - 1) * SCORES;
        const counts = Array.from(unitPeriodCells.subarray(base, base + SCORES));
        if (counts.some((value) => value > 0)) unitPeriodLineRows.push([unit, kind, label, line, ...counts]);
      }
    });
  });
  return { teamPulse: teamPulseRows, unitPeriod: unitPeriodRows, unitPeriodLine: unitPeriodLineRows };
}

/** For each team the indexes of its units: itself, every department up the tree, the organisation. */
function teamUnitIndexes(organisation: LargeOrganisation, unitIndex: ReadonlyMap<UnitKey, number>): Map<number, number[]> {
  const parentOf = new Map(organisation.departments.map((d) => [d.id, d.parentId]));
  return new Map(
    organisation.teams.map((team) => {
      const chain = [unitIndex.get(teamUnit(team.id)) ?? 0];
      for (let department: number | null | undefined = team.departmentId; department != null; department = parentOf.get(department)) {
        chain.push(unitIndex.get(departmentUnit(department)) ?? 0);
      }
      chain.push(unitIndex.get(ORG_UNIT) ?? 0);
      return [team.id, chain];
    }),
  );
}

/** Every period of every kind that has a pulse, numbered across kinds, and each pulse's period per kind. */
function periodIndexes(pulses: readonly LargePulse[]) {
  const labels: { kind: PeriodKind; label: string }[] = [];
  const ofPulse = Object.fromEntries(
    PERIOD_KINDS.map((kind) => {
      const indexOf = new Map<string, number>();
      const perPulse = pulses.map((pulse) => {
        const label = pulse.labels[kind];
        let index = indexOf.get(label);
        if (index === undefined) {
          index = labels.push({ kind, label }) - 1;
          indexOf.set(label, index);
        }
        return index;
      });
      return [kind, perPulse];
    }),
  ) as Record<PeriodKind, number[]>;
  return { labels, ofPulse };
}
