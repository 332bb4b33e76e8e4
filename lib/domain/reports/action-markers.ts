import { type PeriodKind, periodLabelsOf } from '@/lib/domain/periods/period-labels';
import { periodsFromTo } from '@/lib/domain/periods/period-sequence';

export interface TakenAction {
  /** When it was recorded: the period it belongs to is counted in the organisation's time zone. */
  createdAt: Date | string;
}

export interface MarkedTrend<T> {
  /** The chart's time axis: every period of the range, and on to the newest action's when the range ends now. */
  axis: string[];
  /** The actions within the axis, each with the period it was taken in. */
  marked: { action: T; period: string }[];
}

/**
 * Places actions on a trend in the period they were taken in — not in the last published period
 * before it, where a leader who acts on this week's results would find it a week early. A range
 * that ends at the newest published period runs on to the periods actions were taken in since; a
 * range that ends earlier shows no later actions.
 */
export function markActions<T extends TakenAction>(
  kind: PeriodKind,
  periods: readonly string[],
  actions: readonly T[],
  rangeEndsAtNewest: boolean,
): MarkedTrend<T> {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return { axis: [], marked: [] };
  const taken = actions.map((action) => ({ action, period: periodLabelsOf(new Date(action.createdAt))[kind] }));
  const marked = taken.filter(({ period }) => period >= first && (rangeEndsAtNewest || period <= last));
  const end = marked.reduce((latest, { period }) => (period > latest ? period : latest), last);
  return { axis: periodsFromTo(kind, first, end), marked };
}
