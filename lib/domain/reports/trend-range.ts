import { subMonths } from 'date-fns';
import { type PeriodKind, periodLabelsOf } from '@/lib/domain/periods/period-labels';

export const TREND_RANGES = ['3m', '6m', '1y', 'all'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

const MONTHS: Record<Exclude<TrendRange, 'all'>, number> = { '3m': 3, '6m': 6, '1y': 12 };

/**
 * The periods (labels of one kind, any order) that fall within the range before `now`: the last
 * three months are the three months up to and including the current one, or the thirteen weeks
 * after the week three months ago. Labels of one kind sort as text in time order.
 */
export function periodsInRange(
  labels: readonly string[],
  kind: PeriodKind,
  range: TrendRange,
  now = new Date(),
): string[] {
  if (range === 'all') return [...labels];
  const before = periodLabelsOf(subMonths(now, MONTHS[range]))[kind];
  return labels.filter((label) => label > before);
}
