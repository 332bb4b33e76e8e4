import { publicationTime } from '@/lib/anonymity/periods-due';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import { type PeriodKind, periodKey } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import { type LineStatistics, lineStatistics } from '@/lib/stats/line-statistics';
import { significantChange } from '@/lib/stats/welch-test';
import { publishedLabels } from './heatmap-window';
import { type HiddenReason, type PublishedCell, type ReportData, cellKey, lineIndex } from './report-data';

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
  /** Why a suppressed cell is hidden; null when shown. */
  hidden: HiddenReason | null;
  /** Shown, with some answers left out to protect a smaller group. */
  heldBack: boolean;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Where published cells become shown cells: the publication decided, once, which cells exist and
 * over which answers; the statistics fill them, and the previous published period gives the change
 * and its significance. A period that is not published yet shows nothing, and says so.
 */
export function createCellBook(data: ReportData) {
  const periodsByKind = new Map<PeriodKind, string[]>();
  const shownPeriods = (kind: PeriodKind): readonly string[] => {
    const labels = periodsByKind.get(kind) ?? publishedLabels(data.publishedPeriods, kind);
    periodsByKind.set(kind, labels);
    return labels;
  };
  const periods = (kind: PeriodKind): string[] => [...shownPeriods(kind)];
  const previousPeriod = (kind: PeriodKind, label: string): string | null => {
    const all = shownPeriods(kind);
    const index = all.indexOf(label);
    return index > 0 ? all[index - 1]! : null;
  };

  /** The newest period that has had a pulse but is not published yet, and when it will be. */
  const pending = (kind: PeriodKind): { label: string; publishedAfter: Date } | null => {
    const newest = data.pulses.at(-1)?.labels[kind];
    if (newest === undefined || data.publishedPeriods.has(periodKey(kind, newest))) return null;
    const lastClose = Math.max(...data.pulses.filter((pulse) => pulse.labels[kind] === newest).map((pulse) => pulse.closesAt.getTime()));
    return { label: newest, publishedAfter: publicationTime(kind, newest, new Date(lastClose)) };
  };

  const published = (unit: UnitKey, kind: PeriodKind, label: string): PublishedCell | undefined => data.cells.get(cellKey(unit, kind, label));
  const shown = (unit: UnitKey, kind: PeriodKind, label: string): boolean => published(unit, kind, label)?.status === 'shown';
  const hiddenReason = (unit: UnitKey, kind: PeriodKind, label: string): HiddenReason | null => {
    if (!data.publishedPeriods.has(periodKey(kind, label))) return 'pending';
    const cell = published(unit, kind, label);
    return cell?.status === 'shown' ? null : (cell?.status ?? 'too-few');
  };
  const respondents = (unit: UnitKey, kind: PeriodKind, label: string) => published(unit, kind, label)?.respondents ?? 0;
  /** Responses summed over the pulses of the period (a person answering four weekly pulses counts four times): participation's numerator. */
  const responsesGiven = (unit: UnitKey, kind: PeriodKind, label: string) => published(unit, kind, label)?.responses ?? 0;
  /** Responses over invitations, 0–100, of a shown cell; null otherwise. */
  const participation = (unit: UnitKey, kind: PeriodKind, label: string): number | null => {
    const cell = published(unit, kind, label);
    if (cell?.status !== 'shown' || cell.invited === 0) return null;
    return Math.round(Math.min(1, cell.responses / cell.invited) * 1000) / 10;
  };

  const statistics = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine): LineStatistics | null => {
    const cell = published(unit, kind, label);
    const counts = cell?.status === 'shown' ? cell.lines[lineIndex(line)] : undefined;
    return counts ? lineStatistics(counts, cell!.respondents) : null;
  };

  const cell = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine): ReportCell => {
    const current = statistics(unit, kind, label, line);
    if (!current) {
      const hidden = hiddenReason(unit, kind, label) ?? 'too-few';
      return { period: label, n: null, score: null, favourable: null, ciLow: null, ciHigh: null, change: null, significant: false, suppressed: true, hidden, heldBack: false };
    }
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
      hidden: null,
      heldBack: published(unit, kind, label)!.heldBack,
    };
  };

  return { periods, previousPeriod, pending, shown, hiddenReason, respondents, responsesGiven, participation, published, cell };
}

export type CellBook = ReturnType<typeof createCellBook>;
