import { and, asc, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, rollupTeamPulse, rollupUnitPeriod, rollupUnitPeriodLine } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import { brokenUnitsByPulse } from '@/lib/anonymity/publication';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { finishedPeriods } from '@/lib/periods/finished-periods';
import { type PeriodKind, periodLabelsOf } from '@/lib/periods/period-labels';
import { readRollupEpoch } from '@/lib/rollups/rollup-epoch';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';
import { rememberBreaks, rememberedBreaks } from './publication-cache';
import { type ReportData, type ReportPulse, cellKey, lineKey } from './report-data';

export interface ReportScope {
  kinds: PeriodKind[];
  /** Picks the periods to read (of the one kind asked) from those that have opened; all when absent. */
  labels?: (available: string[]) => string[];
  /** Only these units; all when absent. */
  units?: UnitKey[];
}

/**
 * Reads what a report needs from the rollups alone — never from the answers — for the periods of
 * pulses that have opened. The anonymity blocks always see every team, so each cell is decided
 * the same way whichever report asks.
 */
export async function loadReportData(db: Database, scope: ReportScope, now = new Date()): Promise<ReportData> {
  const [structure, thresholds, pulseRows, epoch] = await Promise.all([
    loadOrgStructure(db),
    loadAnonymityThresholds(db),
    db
      .select({ id: pulses.id, week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel, closesAt: pulses.closesAt })
      .from(pulses)
      .where(lte(pulses.opensAt, now))
      .orderBy(asc(pulses.opensAt)),
    readRollupEpoch(db),
  ]);
  const reportPulses: ReportPulse[] = pulseRows.map(({ id, closesAt: _closesAt, ...labels }) => ({ id, labels }));
  const kind = scope.kinds[0];
  const onlyLabels =
    scope.labels && kind && scope.kinds.length === 1 ? new Set(scope.labels([...new Set(reportPulses.map((pulse) => pulse.labels[kind]))].sort())) : null;
  const inScope = reportPulses.filter((pulse) => !onlyLabels || !kind || onlyLabels.has(pulse.labels[kind])).map((pulse) => pulse.id);
  // Whole-history reports reuse the blocks of finished months; a window (a heatmap) reads its few pulses whole.
  const known = onlyLabels ? new Map<number, ReadonlySet<UnitKey>>() : rememberedBreaks(epoch, thresholds.minGroupSize, finishedMonthPulses(pulseRows, now));
  const pulseIds = inScope.filter((id) => !known.has(id));

  const periodFilter = (table: typeof rollupUnitPeriod | typeof rollupUnitPeriodLine): SQL | undefined =>
    and(
      inArray(table.periodKind, scope.kinds),
      onlyLabels ? inArray(table.periodLabel, [...onlyLabels]) : undefined,
      scope.units ? inArray(table.unit, scope.units) : undefined,
    );
  const [teamPulseRows, respondentRows, lineRows] = await Promise.all([
    pulseIds.length === 0 ? [] : db.select().from(rollupTeamPulse).where(inArray(rollupTeamPulse.pulseId, pulseIds)),
    db.select().from(rollupUnitPeriod).where(periodFilter(rollupUnitPeriod)),
    db.select().from(rollupUnitPeriodLine).where(periodFilter(rollupUnitPeriodLine)),
  ]);

  const teamPulseRespondents = new Map<number, Map<number, number>>();
  for (const row of teamPulseRows) {
    const byTeam = teamPulseRespondents.get(row.pulseId) ?? new Map<number, number>();
    teamPulseRespondents.set(row.pulseId, byTeam.set(row.teamId, row.respondents));
  }
  if (!onlyLabels) {
    const finished = new Set(finishedMonthPulses(pulseRows, now));
    const toRemember = reportPulses
      .filter((pulse) => finished.has(pulse.id) && !known.has(pulse.id))
      .map((pulse) => ({ pulseId: pulse.id, month: pulse.labels.month, respondentsByTeam: teamPulseRespondents.get(pulse.id) ?? new Map<number, number>() }));
    const computed = brokenUnitsByPulse(structure, toRemember, thresholds.minGroupSize);
    rememberBreaks(epoch, thresholds.minGroupSize, computed);
    for (const [pulseId, broken] of computed) known.set(pulseId, broken);
  }
  return {
    structure,
    thresholds,
    pulses: reportPulses,
    knownBreaks: known,
    finishedPeriods: finishedPeriods(pulseRows.map(({ closesAt, week, month, quarter }) => ({ closesAt, week, month, quarter })), now),
    teamPulseRespondents,
    respondents: new Map(respondentRows.map((row) => [cellKey(row.unit as UnitKey, row.periodKind, row.periodLabel), row.respondents])),
    lineCounts: new Map(
      lineRows.map((row) => [
        lineKey(row.unit as UnitKey, row.periodKind, row.periodLabel, row.line as ConnectionLine),
        [row.score1, row.score2, row.score3, row.score4, row.score5] as ScoreCounts,
      ]),
    ),
  };
}

/** Pulses of months that are over, all of whose pulses have closed: their counts can no longer change. */
function finishedMonthPulses(rows: { id: number; month: string; closesAt: Date }[], now: Date): number[] {
  const currentMonth = periodLabelsOf(now).month;
  const openMonths = new Set(rows.filter((row) => row.month >= currentMonth || row.closesAt > now).map((row) => row.month));
  return rows.filter((row) => !openMonths.has(row.month)).map((row) => row.id);
}
