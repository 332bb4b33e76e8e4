import { getTranslations } from 'next-intl/server';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { ChangeMarker } from './change-marker';
import { HeldBackMarker } from './held-back';
import { hiddenReasonText } from './hidden-reason-text';
import { getReportFormat } from './report-format';

interface LineScoreCardProps {
  title: string;
  description?: string;
  cell: Omit<ReportCell, 'period'>;
  /** The period the change is measured against, in words; null when there is none. */
  previousPeriod: string | null;
  minGroupSize: number;
}

/** One connection line in the period shown: score, % favourable, 95% interval, n and the change — or why it is not shown. */
export async function LineScoreCard({ title, description, cell, previousPeriod, minGroupSize }: LineScoreCardProps) {
  const [t, hidden, format] = await Promise.all([
    getTranslations('trends'),
    getTranslations('trends.hidden'),
    getReportFormat(),
  ]);
  return (
    <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="font-semibold text-brand-900">{title}</h3>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      {cell.suppressed || cell.score === null ? (
        <p className="mt-4 text-slate-700">
          {t('notShown', { reason: hiddenReasonText(hidden, cell.hidden ?? 'too-few', minGroupSize) })}
        </p>
      ) : (
        <dl className="mt-auto space-y-1 pt-3 text-sm">
          <div>
            <dt className="sr-only">{t('card.score')}</dt>
            <dd>
              <span className="text-4xl font-semibold tabular-nums text-brand-900">
                {format.score(cell.score)}
                {cell.heldBack ? <HeldBackMarker /> : null}
              </span>
              <span className="text-slate-600"> / 100</span>
            </dd>
          </div>
          {[
            [t('card.favourable'), `${format.score(cell.favourable ?? 0)} %`],
            [t('card.interval'), `${format.score(cell.ciLow ?? 0)} – ${format.score(cell.ciHigh ?? 0)}`],
            [t('card.respondents'), String(cell.n)],
          ].map(([label, value]) => (
            <div key={label} className="flex justify-between gap-3">
              <dt className="text-slate-600">{label}</dt>
              <dd className="tabular-nums">{value}</dd>
            </div>
          ))}
          <div className="flex flex-wrap justify-between gap-x-3 border-t border-slate-100 pt-2">
            <dt className="text-slate-600">
              {previousPeriod ? t('card.changeSince', { period: previousPeriod }) : t('card.change')}
            </dt>
            <dd>
              <ChangeMarker change={cell.change} evidence={cell.evidence} />
            </dd>
          </div>
        </dl>
      )}
    </article>
  );
}
