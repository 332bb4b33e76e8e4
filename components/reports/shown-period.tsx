import { getTranslations } from 'next-intl/server';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { PendingPeriod } from '@/lib/domain/reports/unit-trends';
import { getReportFormat } from './report-format';

export interface ShownPeriodProps {
  kind: PeriodKind;
  /** The period shown; null when none is published yet. */
  at: string | null;
  /** The newest published period of the kind. */
  newest: string | undefined;
  /** Whether the reader chose the period, rather than the page choosing the latest with results. */
  picked: boolean;
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
  /** As the heading of a section with this id; a paragraph otherwise. */
  headingId?: string;
}

/**
 * Which period a report shows, never called "now" (a period is only published once it is over):
 * the latest published, the latest with results, or the one chosen — and when the newer one appears.
 */
export async function ShownPeriod({ kind, at, newest, picked, pending, headingId }: ShownPeriodProps) {
  const [t, format] = await Promise.all([getTranslations('trends.shown'), getReportFormat()]);
  const period = at === null ? '' : format.period(kind, at);
  const title =
    at === null
      ? t('none')
      : at === newest
        ? t('latest', { period })
        : picked
          ? period
          : t('latestWithResults', { period });
  const notice = pending ? (
    <p className="mt-1 text-sm text-slate-700">
      {t('pending', { period: format.period(kind, pending.period), date: format.date(pending.publishedAfter) })}
    </p>
  ) : null;
  if (headingId) {
    return (
      <div className="mb-3">
        <h2 id={headingId} className="text-xl font-semibold text-brand-900">
          {title}
        </h2>
        {notice}
      </div>
    );
  }
  return (
    <div className="mb-6">
      <p className="font-semibold text-brand-900">{title}</p>
      {notice}
    </div>
  );
}
