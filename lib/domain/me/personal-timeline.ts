import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { periodsFromTo } from '@/lib/domain/periods/period-sequence';
import type { PersonalPoint } from './personal-line-scores';

export interface PersonalTimeline {
  /** Every week from the first answered to the last, skipped ones too: a time axis. */
  periods: string[];
  /** Per line one score per week of the axis; null in a week not answered (or the line not asked), a gap. */
  series: Record<ConnectionLine, (number | null)[]>;
}

/** A person's own scores on a time axis of weeks, so that a skipped week shows as a gap, not as the next point. */
export function personalTimeline(points: readonly PersonalPoint[]): PersonalTimeline {
  const first = points[0]?.period;
  const last = points.at(-1)?.period;
  const periods = first === undefined || last === undefined ? [] : periodsFromTo('week', first, last);
  const byPeriod = new Map(points.map((point) => [point.period, point.scores]));
  const series = Object.fromEntries(
    CONNECTION_LINES.map((line) => [line, periods.map((period) => byPeriod.get(period)?.[line] ?? null)]),
  ) as Record<ConnectionLine, (number | null)[]>;
  return { periods, series };
}
