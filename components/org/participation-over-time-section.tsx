import { getTranslations } from 'next-intl/server';
import { HEATMAP_NAME_COLUMN } from '@/components/reports/heatmap-layout';
import { getReportFormat } from '@/components/reports/report-format';
import { ScrollRegion } from '@/components/scroll-region';
import { hiddenReasonText } from '@/components/reports/hidden-reason-text';
import type { ParticipationOverTime, ParticipationPoint } from '@/lib/domain/heatmap-views/participation-over-time';

/** Participation of each department or team below the unit over the last periods, newest first; hidden cells say so and show no number. */
export async function ParticipationOverTimeSection({ participation }: { participation: ParticipationOverTime }) {
  const [t, hidden, common, format] = await Promise.all([
    getTranslations('org.participation'),
    getTranslations('trends.hidden'),
    getTranslations('common'),
    getReportFormat(),
  ]);
  const { period: kind, periods, rows } = participation;
  if (periods.length === 0 || rows.length === 0) return null;
  const newestFirst = periods.map((period, index) => ({ period, index })).reverse();
  const text = (point: ParticipationPoint) =>
    point.suppressed
      ? hiddenReasonText(hidden, point.hidden ?? 'too-few', participation.minGroupSize)
      : point.participation === null
        ? '–'
        : format.percent(point.participation);
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
                    <td
                      key={period}
                      className={`px-3 py-2 text-right tabular-nums ${point.suppressed ? 'text-xs text-slate-600' : ''}`}
                    >
                      {text(point)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
