import { createPublicationRule } from '@/lib/anonymity/publication';
import { teamsInUnit } from '@/lib/organisation/org-structure';
import { periodKey } from '@/lib/periods/finished-periods';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import { type LineStatistics, lineStatistics } from '@/lib/stats/line-statistics';
import { significantChange } from '@/lib/stats/welch-test';
import { type ReportData, cellKey, lineKey } from './report-data';

/** One unit × period × line as every report shows it. A suppressed cell carries no numbers at all. */
export interface ReportCell {
  period: string;
  n: number | null;
  score: number | null;
  favourable: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Score points since the previous period, when both are shown. */
  change: number | null;
  significant: boolean;
  suppressed: boolean;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The single place where numbers become shown cells: the publication rule decides which cells
 * exist, the statistics fill them, and the previous period gives the change and its significance.
 */
export function createCellBook(data: ReportData) {
  const pulsesByPeriod = new Map<string, number[]>();
  for (const pulse of data.pulses) {
    for (const kind of Object.keys(pulse.labels) as PeriodKind[]) {
      const key = `${kind}|${pulse.labels[kind]}`;
      pulsesByPeriod.set(key, [...(pulsesByPeriod.get(key) ?? []), pulse.id]);
    }
  }
  const isPublished = createPublicationRule(
    data.structure,
    data.pulses.map((pulse) => ({ pulseId: pulse.id, month: pulse.labels.month, respondentsByTeam: data.teamPulseRespondents.get(pulse.id) ?? new Map<number, number>() })),
    data.thresholds.minGroupSize,
    data.knownBreaks,
  );

  const finished = (kind: PeriodKind, label: string) => !data.finishedPeriods || data.finishedPeriods.has(periodKey(kind, label));
  const periodsByKind = new Map<PeriodKind, string[]>();
  const shownPeriods = (kind: PeriodKind): readonly string[] => {
    const labels = periodsByKind.get(kind) ?? [...new Set(data.pulses.map((pulse) => pulse.labels[kind]))].filter((label) => finished(kind, label)).sort();
    periodsByKind.set(kind, labels);
    return labels;
  };
  const periods = (kind: PeriodKind): string[] => [...shownPeriods(kind)];
  const previousPeriod = (kind: PeriodKind, label: string): string | null => {
    const all = shownPeriods(kind);
    const index = all.indexOf(label);
    return index > 0 ? all[index - 1]! : null;
  };

  const respondents = (unit: UnitKey, kind: PeriodKind, label: string) => data.respondents.get(cellKey(unit, kind, label)) ?? 0;
  /** Responses summed over the pulses of the period (a person answering four weekly pulses counts four times): participation's numerator. */
  const responsesGiven = (unit: UnitKey, kind: PeriodKind, label: string): number => {
    const teamIds = new Set(teamsInUnit(data.structure, unit));
    let total = 0;
    for (const pulseId of pulsesByPeriod.get(`${kind}|${label}`) ?? []) {
      for (const [teamId, count] of data.teamPulseRespondents.get(pulseId) ?? []) if (teamIds.has(teamId)) total += count;
    }
    return total;
  };
  const shown = (unit: UnitKey, kind: PeriodKind, label: string): boolean =>
    finished(kind, label) && isPublished(unit, pulsesByPeriod.get(`${kind}|${label}`) ?? [], respondents(unit, kind, label));

  const statistics = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine): LineStatistics | null => {
    if (!shown(unit, kind, label)) return null;
    const counts = data.lineCounts.get(lineKey(unit, kind, label, line));
    return counts ? lineStatistics(counts, respondents(unit, kind, label)) : null;
  };

  const cell = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine): ReportCell => {
    const current = statistics(unit, kind, label, line);
    if (!current) return { period: label, n: null, score: null, favourable: null, ciLow: null, ciHigh: null, change: null, significant: false, suppressed: true };
    const previousLabel = previousPeriod(kind, label);
    const previous = previousLabel ? statistics(unit, kind, previousLabel, line) : null;
    return {
      period: label,
      n: current.respondents,
      score: round1(current.score),
      favourable: round1(current.favourable),
      ciLow: round1(current.ciLow),
      ciHigh: round1(current.ciHigh),
      change: previous ? round1(current.score - previous.score) : null,
      significant: previous ? significantChange(current, previous) : false,
      suppressed: false,
    };
  };

  return { periods, previousPeriod, shown, respondents, responsesGiven, cell };
}

export type CellBook = ReturnType<typeof createCellBook>;
