import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, responses, rollupTeamPulse, rollupUnitPeriod, rollupUnitPeriodLine } from '@/db/schema';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/periods/period-labels';
import type { ScoreCounts } from '@/lib/stats/score-counts';
import { unitsContainingTeams } from './team-ancestry';
import type { UnitKey } from './units';

/** One person's response to one pulse as the rollups see it: where it counts and its answers per line. */
export interface ResponseSnapshot {
  teamId: number;
  countsByLine: ReadonlyMap<ConnectionLine, ScoreCounts>;
}

type Labels = Record<PeriodKind, string>;

export interface ResponseChange {
  responseId: number;
  pulseId: number;
  /** The periods the pulse counts in. */
  periods: Labels;
  personId: number;
  before: ResponseSnapshot | null;
  after: ResponseSnapshot | null;
}


/**
 * Moves the rollups from the `before` state of a response to its `after` state (null = absent).
 * Runs inside the transaction that changes the response, after the caller has taken the person's
 * advisory lock, so that distinct-respondent counts cannot race. Rows are written in key order
 * so that concurrent submissions lock them in the same order and never deadlock.
 */
export async function applyResponseChange(tx: Database, change: ResponseChange): Promise<void> {
  const { before, after, periods } = change;
  if (!before && !after) return;
  const others = await otherResponsesInSamePeriods(tx, change, periods);
  const ancestry = await unitsContainingTeams(tx, [before?.teamId, after?.teamId, ...others.map((o) => o.teamId)].filter((id): id is number => id !== undefined));
  const unitsOf = (teamId: number) => ancestry.get(teamId) ?? [];

  // Sent together: postgres.js pipelines them on the transaction's connection, executed in this order.
  await Promise.all([
    updateTeamPulse(tx, change),
    updateRespondents(tx, change, periods, others, unitsOf),
    updateLineCounts(tx, change, periods, unitsOf),
  ]);
}

interface OtherResponse {
  teamId: number;
  labels: Labels;
}

async function otherResponsesInSamePeriods(tx: Database, change: ResponseChange, labels: Labels): Promise<OtherResponse[]> {
  const rows = await tx
    .select({ teamId: responses.teamId, week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel })
    .from(responses)
    .innerJoin(pulses, eq(pulses.id, responses.pulseId))
    .where(
      and(
        eq(responses.personId, change.personId),
        ne(responses.id, change.responseId),
        or(eq(pulses.weekLabel, labels.week), eq(pulses.monthLabel, labels.month), eq(pulses.quarterLabel, labels.quarter)),
      ),
    );
  return rows.map(({ teamId, ...rowLabels }) => ({ teamId, labels: rowLabels }));
}

async function updateTeamPulse(tx: Database, { pulseId, before, after }: ResponseChange) {
  const deltas = new Map<number, number>();
  if (before) deltas.set(before.teamId, (deltas.get(before.teamId) ?? 0) - 1);
  if (after) deltas.set(after.teamId, (deltas.get(after.teamId) ?? 0) + 1);
  const rows = [...deltas].filter(([, delta]) => delta !== 0).sort(([a], [b]) => a - b);
  if (rows.length === 0) return;
  await tx
    .insert(rollupTeamPulse)
    .values(rows.map(([teamId, respondents]) => ({ teamId, pulseId, respondents })))
    .onConflictDoUpdate({
      target: [rollupTeamPulse.teamId, rollupTeamPulse.pulseId],
      set: { respondents: sql`${rollupTeamPulse.respondents} + excluded.respondents` },
    });
}

async function updateRespondents(tx: Database, change: ResponseChange, labels: Labels, others: OtherResponse[], unitsOf: (teamId: number) => UnitKey[]) {
  const rows: { unit: UnitKey; periodKind: PeriodKind; periodLabel: string; respondents: number }[] = [];
  const units = new Set([...(change.before ? unitsOf(change.before.teamId) : []), ...(change.after ? unitsOf(change.after.teamId) : [])]);
  for (const kind of PERIOD_KINDS) {
    for (const unit of units) {
      const countedElsewhere = others.some((other) => other.labels[kind] === labels[kind] && unitsOf(other.teamId).includes(unit));
      const countedIn = (snapshot: ResponseSnapshot | null) => countedElsewhere || (snapshot !== null && unitsOf(snapshot.teamId).includes(unit));
      const delta = Number(countedIn(change.after)) - Number(countedIn(change.before));
      if (delta !== 0) rows.push({ unit, periodKind: kind, periodLabel: labels[kind], respondents: delta });
    }
  }
  if (rows.length === 0) return;
  rows.sort((a, b) => compareKeys([a.unit, a.periodKind, a.periodLabel], [b.unit, b.periodKind, b.periodLabel]));
  await tx
    .insert(rollupUnitPeriod)
    .values(rows)
    .onConflictDoUpdate({
      target: [rollupUnitPeriod.unit, rollupUnitPeriod.periodKind, rollupUnitPeriod.periodLabel],
      set: { respondents: sql`${rollupUnitPeriod.respondents} + excluded.respondents` },
    });
}

async function updateLineCounts(tx: Database, change: ResponseChange, labels: Labels, unitsOf: (teamId: number) => UnitKey[]) {
  const deltas = new Map<string, { unit: UnitKey; periodKind: PeriodKind; periodLabel: string; line: ConnectionLine; counts: number[] }>();
  const add = (snapshot: ResponseSnapshot, sign: 1 | -1) => {
    for (const unit of unitsOf(snapshot.teamId)) {
      for (const kind of PERIOD_KINDS) {
        for (const [line, counts] of snapshot.countsByLine) {
          const key = JSON.stringify([unit, kind, labels[kind], line]);
          const entry = deltas.get(key) ?? { unit, periodKind: kind, periodLabel: labels[kind], line, counts: [0, 0, 0, 0, 0] };
          counts.forEach((count, index) => (entry.counts[index] = (entry.counts[index] ?? 0) + sign * count));
          deltas.set(key, entry);
        }
      }
    }
  };
  if (change.before) add(change.before, -1);
  if (change.after) add(change.after, 1);
  const rows = [...deltas.values()]
    .filter((entry) => entry.counts.some((count) => count !== 0))
    .sort((a, b) => compareKeys([a.unit, a.periodKind, a.periodLabel, a.line], [b.unit, b.periodKind, b.periodLabel, b.line]))
    .map(({ counts, ...key }) => ({ ...key, score1: counts[0]!, score2: counts[1]!, score3: counts[2]!, score4: counts[3]!, score5: counts[4]! }));
  if (rows.length === 0) return;
  const t = rollupUnitPeriodLine;
  await tx
    .insert(t)
    .values(rows)
    .onConflictDoUpdate({
      target: [t.unit, t.periodKind, t.periodLabel, t.line],
      set: {
        score1: sql`${t.score1} + excluded.score1`,
        score2: sql`${t.score2} + excluded.score2`,
        score3: sql`${t.score3} + excluded.score3`,
        score4: sql`${t.score4} + excluded.score4`,
        score5: sql`${t.score5} + excluded.score5`,
      },
    });
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let index = 0; index < a.length; index++) {
    const x = a[index]!;
    const y = b[index]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
