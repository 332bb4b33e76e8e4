import { publicationTime } from '@/lib/domain/anonymity/periods-due';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { type PeriodKind, periodKey } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { answerChangeTest, changeTest } from '@/lib/domain/stats/change-test';
import { lineSample } from '@/lib/domain/stats/comparison-test';
import { connectionChangeTest } from '@/lib/domain/stats/connection-change-test';
import { type ConnectionStatistics, connectionStatistics as scoreOfLines } from '@/lib/domain/stats/connection-score';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';
import { type LineStatistics, lineStatistics } from '@/lib/domain/stats/line-statistics';
import type { SampleSummary } from '@/lib/domain/stats/welch-test';
import { publishedLabels } from './heatmap-window';
import { type HiddenReason, type PublishedCell, type ReportData, cellKey, lineIndex } from './report-data';

/** What a report cell shows: one of the four lines, or the connection score (their mean). */
export type Measure = ConnectionLine | 'connection';

/** One unit × period × line (or connection score) as every report shows it. A suppressed cell carries no numbers at all. */
export interface ReportCell {
  period: string;
  n: number | null;
  score: number | null;
  favourable: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Score points since the previous period, when both are shown. */
  change: number | null;
  /** How strong the evidence for the change is within the view that shows the cell (lib/domain/reports/flag-changes.ts). */
  evidence: ChangeEvidence | null;
  /** The evidence is clear: the change passes Benjamini–Hochberg over the cells of the view. */
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
 * and its p-value (`changeP`, never served: only the evidence it gives in the view that shows the
 * cell is, lib/domain/reports/flag-changes.ts). A period that is not published yet shows nothing, and says so.
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
    const lastClose = Math.max(
      ...data.pulses.filter((pulse) => pulse.labels[kind] === newest).map((pulse) => pulse.closesAt.getTime()),
    );
    return { label: newest, publishedAfter: publicationTime(kind, newest, new Date(lastClose)) };
  };

  // A view reads the same cell's statistics for its score, change, comparisons and connection score.
  const lineMemo = new Map<string, LineStatistics | null>();
  const connectionMemo = new Map<string, ConnectionStatistics | null>();

  const published = (unit: UnitKey, kind: PeriodKind, label: string): PublishedCell | undefined =>
    data.cells.get(cellKey(unit, kind, label));
  const shown = (unit: UnitKey, kind: PeriodKind, label: string): boolean =>
    published(unit, kind, label)?.status === 'shown';
  const hiddenReason = (unit: UnitKey, kind: PeriodKind, label: string): HiddenReason | null => {
    if (!data.publishedPeriods.has(periodKey(kind, label))) return 'pending';
    const cell = published(unit, kind, label);
    return cell?.status === 'shown' ? null : (cell?.status ?? 'too-few');
  };
  const respondents = (unit: UnitKey, kind: PeriodKind, label: string) =>
    published(unit, kind, label)?.respondents ?? 0;
  /** Responses summed over the pulses of the period (a person answering four weekly pulses counts four times): participation's numerator. */
  const responsesGiven = (unit: UnitKey, kind: PeriodKind, label: string) =>
    published(unit, kind, label)?.responses ?? 0;
  /** Responses over invitations, 0–100, of a shown cell; null otherwise. */
  const participation = (unit: UnitKey, kind: PeriodKind, label: string): number | null => {
    const cell = published(unit, kind, label);
    if (cell?.status !== 'shown' || cell.invited === 0) return null;
    return Math.round(Math.min(1, cell.responses / cell.invited) * 1000) / 10;
  };

  /** A shown cell's statistics of a line, from its person means unless `answersOnly` or it has none. */
  const statistics = (
    unit: UnitKey,
    kind: PeriodKind,
    label: string,
    line: ConnectionLine,
    answersOnly = false,
  ): LineStatistics | null =>
    remembered(lineMemo, `${cellKey(unit, kind, label)}|${line}|${answersOnly}`, () =>
      computeStatistics(unit, kind, label, line, answersOnly),
    );
  const computeStatistics = (
    unit: UnitKey,
    kind: PeriodKind,
    label: string,
    line: ConnectionLine,
    answersOnly: boolean,
  ): LineStatistics | null => {
    const cell = published(unit, kind, label);
    const counts = cell?.status === 'shown' ? cell.lines[lineIndex(line)] : undefined;
    if (!counts) return null;
    return lineStatistics(
      counts,
      answersOnly ? null : (cell!.personMeans?.[lineIndex(line)] ?? null),
      cell!.respondents,
    );
  };

  /**
   * The two-sided p-value of a shown cell's change since the previous published period: the person
   * means' test where both periods have them, the answers' otherwise; null without a previous cell.
   */
  const changeP = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine): number | null => {
    const previousLabel = previousPeriod(kind, label);
    const [now, before] = [
      published(unit, kind, label),
      previousLabel === null ? undefined : published(unit, kind, previousLabel),
    ];
    if (now?.status !== 'shown' || before?.status !== 'shown') return null;
    const [nowMeans, beforeMeans] = [now.personMeans?.[lineIndex(line)], before.personMeans?.[lineIndex(line)]];
    if (nowMeans && beforeMeans)
      return changeTest(nowMeans, beforeMeans, now.overlap[lineIndex(line)] ?? null)?.p ?? null;
    const [nowAnswers, beforeAnswers] = [
      statistics(unit, kind, label, line, true),
      statistics(unit, kind, previousLabel!, line, true),
    ];
    return nowAnswers && beforeAnswers ? (answerChangeTest(nowAnswers, beforeAnswers)?.p ?? null) : null;
  };

  /**
   * A shown cell's connection score (lib/domain/stats/connection-score.ts): from its composite person
   * means where it publishes them (a cell filled before they were kept has its four lines' only),
   * else bounded from its lines' intervals; null when a line is not shown.
   */
  const connectionStatistics = (unit: UnitKey, kind: PeriodKind, label: string): ConnectionStatistics | null =>
    remembered(connectionMemo, cellKey(unit, kind, label), () => {
      const lines = CONNECTION_LINES.map((line) => statistics(unit, kind, label, line));
      return scoreOfLines(lines, published(unit, kind, label)?.connectionPersonMeans ?? null);
    });

  /** The connection score's change p-value, as `changeP` for a line. */
  const connectionChangeP = (unit: UnitKey, kind: PeriodKind, label: string): number | null => {
    const previousLabel = previousPeriod(kind, label);
    if (previousLabel === null) return null;
    const [now, before] = [connectionStatistics(unit, kind, label), connectionStatistics(unit, kind, previousLabel)];
    if (!now || !before) return null;
    const [nowCell, beforeCell] = [published(unit, kind, label)!, published(unit, kind, previousLabel)!];
    return (
      connectionChangeTest(
        { statistics: now, composite: nowCell.connectionPersonMeans },
        { statistics: before, composite: beforeCell.connectionPersonMeans },
        nowCell.connectionOverlap,
      )?.p ?? null
    );
  };

  /** A line's statistics, or with `'connection'` the connection score's. */
  const measureStatistics = (unit: UnitKey, kind: PeriodKind, label: string, measure: Measure) =>
    measure === 'connection' ? connectionStatistics(unit, kind, label) : statistics(unit, kind, label, measure);

  /** The sample Welch's test takes of a shown cell's line or connection score (lib/domain/stats/comparison-test.ts). */
  const sample = (unit: UnitKey, kind: PeriodKind, label: string, measure: Measure): SampleSummary | null => {
    if (measure === 'connection') return connectionStatistics(unit, kind, label)?.sample ?? null;
    const current = statistics(unit, kind, label, measure);
    return current && lineSample(current);
  };

  const cell = (unit: UnitKey, kind: PeriodKind, label: string, measure: Measure): ReportCell => {
    const current = measureStatistics(unit, kind, label, measure);
    if (!current) {
      const hidden = hiddenReason(unit, kind, label) ?? 'too-few';
      return {
        period: label,
        n: null,
        score: null,
        favourable: null,
        ciLow: null,
        ciHigh: null,
        change: null,
        evidence: null,
        significant: false,
        suppressed: true,
        hidden,
        heldBack: false,
      };
    }
    const previousLabel = previousPeriod(kind, label);
    const previous = previousLabel ? measureStatistics(unit, kind, previousLabel, measure) : null;
    return {
      period: label,
      n: respondents(unit, kind, label),
      score: round1(current.score),
      favourable: round1(current.favourable),
      ciLow: round1(current.ciLow),
      ciHigh: round1(current.ciHigh),
      change: previous ? round1(current.score - previous.score) : null,
      evidence: null,
      significant: false,
      suppressed: false,
      hidden: null,
      heldBack: published(unit, kind, label)!.heldBack,
    };
  };

  return {
    periods,
    previousPeriod,
    pending,
    shown,
    hiddenReason,
    respondents,
    responsesGiven,
    participation,
    published,
    cell,
    changeP,
    connectionChangeP,
    sample,
  };
}

export type CellBook = ReturnType<typeof createCellBook>;

function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key)!;
  const value = compute();
  memo.set(key, value);
  return value;
}
