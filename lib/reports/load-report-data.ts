import type { Database } from '@/db/client';
import { brokenUnitsByPulse } from '@/lib/anonymity/publication';
import type { OrgStructure } from '@/lib/organisation/org-structure';
import { finishedPeriods } from '@/lib/periods/finished-periods';
import { type PeriodKind, periodLabelsOf } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import { blockPulses } from './block-pulses';
import { type ReportBase, loadReportBase } from './report-base';
import { rememberBreaks, rememberCounts, rememberedBreaks, rememberedCounts } from './publication-cache';
import type { ReportData, ReportPulse } from './report-data';
import { readRollupCells } from './read-rollup-cells';
import { readTeamCounts } from './read-team-counts';

export interface ReportScope {
  kinds: PeriodKind[];
  /** Picks the periods whose cells to read from the pulses that have opened and the finished periods (`kind|label`); all when absent. */
  labels?: (pulses: readonly ReportPulse[], finished: ReadonlySet<string>) => string[];
  /** Only these units' cells (or those picked from the structure); all when absent. */
  units?: UnitKey[] | ((structure: OrgStructure) => UnitKey[]);
}

/**
 * Reads what a report needs from the rollups alone — never from the answers: the cells in scope
 * and, for the anonymity blocks, every team's respondents to each pulse of the months whose
 * periods it can show (lib/reports/block-pulses.ts). The blocks always see every team, so each
 * cell is decided the same way whichever report asks. Team counts of closed pulses, and the blocks
 * of months that are over, are remembered per rollup epoch; a scope that does not depend on the
 * pulses or the structure is read alongside `base` (lib/reports/report-base.ts).
 */
export async function loadReportData(db: Database, scope: ReportScope, base: ReportBase | Promise<ReportBase> = loadReportBase(db)): Promise<ReportData> {
  const fixedCells = !scope.labels && typeof scope.units !== 'function';
  const [{ now, settledBefore, structure, thresholds, pulseRows, epoch }, readCells] = await Promise.all([
    base,
    fixedCells ? readRollupCells(db, { kinds: scope.kinds, units: scope.units as UnitKey[] | undefined }) : null,
  ]);
  const reportPulses: ReportPulse[] = pulseRows.map(({ id, week, month, quarter }) => ({ id, labels: { week, month, quarter } }));
  // Working out a moment's periods in the organisation's time zone is not cheap: once per report.
  const current = periodLabelsOf(now);
  const finished = finishedPeriods(pulseRows, now, current);
  const labels = scope.labels?.(reportPulses, finished);
  const needed = blockPulses(reportPulses, scope.kinds, labels ? new Set(labels) : null, finished).map((pulse) => pulse.id);
  const settled = new Set(pulseRows.filter((row) => row.closesAt <= settledBefore).map((row) => row.id));
  const cachedCounts = rememberedCounts(epoch, needed.filter((id) => settled.has(id)));
  const missing = needed.filter((id) => settled.has(id) && !cachedCounts.has(id));
  // Pulses still taking answers are read every time, and never remembered.
  const unsettled = needed.filter((id) => !settled.has(id));

  const [cells, readCounts] = await Promise.all([
    readCells ?? readRollupCells(db, { kinds: scope.kinds, labels, units: typeof scope.units === 'function' ? scope.units(structure) : scope.units }),
    readTeamCounts(db, [...missing, ...unsettled]),
  ]);
  const settledCounts = new Map(missing.map((id) => [id, readCounts.get(id) ?? new Map<number, number>()]));
  rememberCounts(epoch, settledCounts);
  const teamPulseRespondents = new Map(needed.map((id) => [id, cachedCounts.get(id) ?? readCounts.get(id) ?? new Map<number, number>()]));

  const overMonths = new Set(finishedMonthPulses(pulseRows, settledBefore, current.month).map((row) => row.month));
  const monthOf = new Map(pulseRows.map((row) => [row.id, row.month]));
  const overNeeded = needed.filter((id) => overMonths.has(monthOf.get(id)!));
  const knownBreaks = rememberedBreaks(epoch, thresholds.minGroupSize, overNeeded);
  const monthsToWork = new Set(overNeeded.filter((id) => !knownBreaks.has(id)).map((id) => monthOf.get(id)!));
  const toWork = overNeeded
    .filter((id) => monthsToWork.has(monthOf.get(id)!))
    .map((id) => ({ pulseId: id, month: monthOf.get(id)!, respondentsByTeam: teamPulseRespondents.get(id)! }));
  const worked = brokenUnitsByPulse(structure, toWork, thresholds.minGroupSize);
  rememberBreaks(epoch, thresholds.minGroupSize, worked);
  for (const [pulseId, broken] of worked) knownBreaks.set(pulseId, broken);

  return { structure, thresholds, pulses: reportPulses, knownBreaks, finishedPeriods: finished, teamPulseRespondents, ...cells };
}

/** Pulses of months that are over and all of whose pulses closed before `settledBefore`: their counts can no longer change. */
function finishedMonthPulses(rows: { id: number; month: string; closesAt: Date }[], settledBefore: Date, currentMonth: string) {
  const openMonths = new Set(rows.filter((row) => row.month >= currentMonth || row.closesAt > settledBefore).map((row) => row.month));
  return rows.filter((row) => !openMonths.has(row.month));
}
