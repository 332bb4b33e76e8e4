import { and, asc, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, rollupTeamPulse, rollupUnitPeriod, rollupUnitPeriodLine } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';
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
  const [structure, thresholds, pulseRows] = await Promise.all([
    loadOrgStructure(db),
    loadAnonymityThresholds(db),
    db
      .select({ id: pulses.id, week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel })
      .from(pulses)
      .where(lte(pulses.opensAt, now))
      .orderBy(asc(pulses.opensAt)),
  ]);
  const reportPulses: ReportPulse[] = pulseRows.map(({ id, ...labels }) => ({ id, labels }));
  const kind = scope.kinds[0];
  const onlyLabels =
    scope.labels && kind && scope.kinds.length === 1 ? new Set(scope.labels([...new Set(reportPulses.map((pulse) => pulse.labels[kind]))].sort())) : null;
  const pulseIds = reportPulses.filter((pulse) => !onlyLabels || !kind || onlyLabels.has(pulse.labels[kind])).map((pulse) => pulse.id);

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
  return {
    structure,
    thresholds,
    pulses: reportPulses,
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
