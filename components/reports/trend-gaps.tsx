import { getTranslations } from 'next-intl/server';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { HiddenReason } from '@/lib/domain/reports/report-data';
import { hiddenReasonText } from './hidden-reason-text';
import { getReportFormat } from './report-format';

interface TrendGapsProps {
  kind: PeriodKind;
  /** One point per period of the range (a line's: every line of a period is hidden for the same reason). */
  points: Pick<ReportCell, 'period' | 'hidden'>[];
  minGroupSize: number;
}

/** Where the trend's lines are interrupted, and why: one sentence per reason. */
export async function TrendGaps({ kind, points, minGroupSize }: TrendGapsProps) {
  const [t, hidden, format] = await Promise.all([
    getTranslations('trends'),
    getTranslations('trends.hidden'),
    getReportFormat(),
  ]);
  const byReason = new Map<HiddenReason, string[]>();
  for (const point of points) {
    if (point.hidden !== null)
      byReason.set(point.hidden, [...(byReason.get(point.hidden) ?? []), format.period(kind, point.period)]);
  }
  return [...byReason].map(([reason, periods]) => (
    <p key={reason} className="mt-2 text-sm text-slate-700">
      {t('gaps', { periods: periods.join(', '), reason: hiddenReasonText(hidden, reason, minGroupSize) })}
    </p>
  ));
}
