import { getTranslations } from 'next-intl/server';
import { HEATMAP_NAME_COLUMN } from '@/components/reports/heatmap-layout';
import { getReportFormat } from '@/components/reports/report-format';
import { ScrollRegion } from '@/components/scroll-region';
import { hiddenReasonText } from '@/components/reports/hidden-reason-text';
import type { ParticipationOverTime, ParticipationPoint } from '@/lib/domain/heatmap-views/participation-over-time';
import type { HiddenReason } from '@/lib/domain/reports/report-data';

/** A hidden cell's mark, explained in the note under the table. */
const MARKERS: Record<HiddenReason, string> = { 'too-few': 'a', protecting: 'b', pending: 'c' };

/**
 * Participation of each department or team below the unit over the last periods, newest first.
 * The period columns hold numbers only: a hidden cell shows a dash with a mark, whose reason the
 * note under the table gives in words (and a screen reader reads in the cell).
 */
export async function ParticipationOverTimeSection({ participation }: { participation: ParticipationOverTime }) {
  const [t, trends, hidden, common, format] = await Promise.all([
    getTranslations('org.participation'),
    getTranslations('trends'),
    getTranslations('trends.hidden'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const { period: kind, periods, rows } = participation;
  if (periods.length === 0 || rows.length === 0) return null;
  const newestFirst = periods.map((period, index) => ({ period, index })).reverse();
  const reasonOf = (point: ParticipationPoint): HiddenReason => point.hidden ?? 'too-few';
  const why = (reason: HiddenReason) =>
    trends('notShown', { reason: hiddenReasonText(hidden, reason, participation.minGroupSize) });
  const mark = (reason: HiddenReason) => (
    <span aria-hidden="true">
      –<sup className="ml-0.5 text-slate-600">{MARKERS[reason]}</sup>
    </span>
  );
  const cell = (point: ParticipationPoint) =>
    point.suppressed ? (
      <>
        {mark(reasonOf(point))}
        <span className="sr-only">{why(reasonOf(point))}</span>
      </>
    ) : point.participation === null ? (
      '–'
    ) : (
      format.percent(point.participation)
    );
  const reasons = (Object.keys(MARKERS) as HiddenReason[]).filter((reason) =>
    rows.some((row) => row.points.some((point) => point.suppressed && reasonOf(point) === reason)),
  );
  return (
    <section aria-labelledby="participation-title" className="mb-10">
      <h2 id="participation-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      <ScrollRegion
        cue={common('scrollCue')}
        labelledBy="participation-caption"
        className="rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="w-full border-collapse text-sm">
          <caption id="participation-caption" className="px-4 py-3 text-left font-semibold text-brand-900">
            {t('caption', { from: format.period(kind, periods[0]!), to: format.period(kind, periods.at(-1)!) })}
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className={`${HEATMAP_NAME_COLUMN} bg-slate-100 px-3 py-2 text-left font-semibold`}>
                {t('rows')}
              </th>
              {newestFirst.map(({ period }) => (
                <th key={period} scope="col" className="px-3 py-2 text-right font-semibold">
                  {format.period(kind, period, 'short')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.id}`} className="border-t border-slate-100">
                <th scope="row" className={`${HEATMAP_NAME_COLUMN} bg-white px-3 py-2 text-left font-medium`}>
                  {row.name}
                </th>
                {newestFirst.map(({ period, index }) => {
                  const point = row.points[index]!;
                  return (
                    <td key={period} className="px-3 py-2 text-right tabular-nums">
                      {cell(point)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {reasons.length > 0 ? (
        <ul aria-label={t('note')} className="mt-2 space-y-0.5 text-xs text-slate-600">
          {reasons.map((reason) => (
            <li key={reason}>
              {mark(reason)} {why(reason)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
