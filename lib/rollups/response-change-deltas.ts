import type { ConnectionLine } from '@/lib/model/connection-lines';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/periods/period-labels';
import type { ScoreCounts } from '@/lib/stats/score-counts';
import type { UnitKey } from './units';

/** One person's response to one pulse as the rollups see it: where it counts and its answers per line. */
export interface ResponseSnapshot {
  teamId: number;
  countsByLine: ReadonlyMap<ConnectionLine, ScoreCounts>;
}

export type PeriodLabels = Record<PeriodKind, string>;

/** The same person's response to another pulse that shares at least one period with this one. */
export interface OtherResponse {
  teamId: number;
  labels: PeriodLabels;
}

/** A response moving from `before` to `after` (null = absent). */
export interface ResponseChange {
  pulseId: number;
  periods: PeriodLabels;
  before: ResponseSnapshot | null;
  after: ResponseSnapshot | null;
}

/** What the distinct-respondent counts depend on besides the change itself. */
export interface RespondentContext {
  others: readonly OtherResponse[];
  /** For every team involved: itself, the departments above it and the organisation. */
  unitsOf: (teamId: number) => readonly UnitKey[];
}

export interface RollupDeltas {
  teamPulse: { team_id: number; pulse_id: number; respondents: number }[];
  unitPeriod: { unit: UnitKey; period_kind: PeriodKind; period_label: string; respondents: number }[];
  unitPeriodLine: {
    unit: UnitKey;
    period_kind: PeriodKind;
    period_label: string;
    line: ConnectionLine;
    score1: number;
    score2: number;
    score3: number;
    score4: number;
    score5: number;
  }[];
}

/**
 * The signed changes a response change makes to each rollup. Someone who answers four weekly
 * pulses counts once in the month and once in their department, so a respondent count moves only
 * when no other response of the person's already counts the unit in that period. Computed under
 * the person's advisory lock, these deltas are exact and may be applied in any order.
 */
export function rollupDeltas(change: ResponseChange, context: RespondentContext): RollupDeltas {
  return { teamPulse: teamPulseDeltas(change), unitPeriod: respondentDeltas(change, context), unitPeriodLine: lineDeltas(change, context) };
}

function teamPulseDeltas({ pulseId, before, after }: ResponseChange): RollupDeltas['teamPulse'] {
  const deltas = new Map<number, number>();
  if (before) deltas.set(before.teamId, (deltas.get(before.teamId) ?? 0) - 1);
  if (after) deltas.set(after.teamId, (deltas.get(after.teamId) ?? 0) + 1);
  return [...deltas].filter(([, delta]) => delta !== 0).map(([teamId, respondents]) => ({ team_id: teamId, pulse_id: pulseId, respondents }));
}

function respondentDeltas(change: ResponseChange, { others, unitsOf }: RespondentContext): RollupDeltas['unitPeriod'] {
  const rows: RollupDeltas['unitPeriod'] = [];
  const units = new Set([...(change.before ? unitsOf(change.before.teamId) : []), ...(change.after ? unitsOf(change.after.teamId) : [])]);
  for (const kind of PERIOD_KINDS) {
    const label = change.periods[kind];
    for (const unit of units) {
      const countedElsewhere = others.some((other) => other.labels[kind] === label && unitsOf(other.teamId).includes(unit));
      const countedIn = (snapshot: ResponseSnapshot | null) => countedElsewhere || (snapshot !== null && unitsOf(snapshot.teamId).includes(unit));
      const delta = Number(countedIn(change.after)) - Number(countedIn(change.before));
      if (delta !== 0) rows.push({ unit, period_kind: kind, period_label: label, respondents: delta });
    }
  }
  return rows;
}

function lineDeltas(change: ResponseChange, { unitsOf }: RespondentContext): RollupDeltas['unitPeriodLine'] {
  const deltas = new Map<string, { unit: UnitKey; kind: PeriodKind; line: ConnectionLine; counts: number[] }>();
  const add = (snapshot: ResponseSnapshot, sign: 1 | -1) => {
    for (const unit of unitsOf(snapshot.teamId)) {
      for (const kind of PERIOD_KINDS) {
        for (const [line, counts] of snapshot.countsByLine) {
          const key = `${unit} ${kind} ${line}`;
          const entry = deltas.get(key) ?? { unit, kind, line, counts: [0, 0, 0, 0, 0] };
          counts.forEach((count, index) => (entry.counts[index] = (entry.counts[index] ?? 0) + sign * count));
          deltas.set(key, entry);
        }
      }
    }
  };
  if (change.before) add(change.before, -1);
  if (change.after) add(change.after, 1);
  return [...deltas.values()]
    .filter(({ counts }) => counts.some((count) => count !== 0))
    .map(({ unit, kind, line, counts: [score1 = 0, score2 = 0, score3 = 0, score4 = 0, score5 = 0] }) => ({
      unit,
      period_kind: kind,
      period_label: change.periods[kind],
      line,
      score1,
      score2,
      score3,
      score4,
      score5,
    }));
}
