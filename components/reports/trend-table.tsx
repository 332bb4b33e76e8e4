import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/scroll-region';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { HeldBackMarker, HeldBackNote } from './held-back';
import { hiddenReasonText } from './hidden-reason-text';
import { getReportFormat } from './report-format';

export interface TrendTableRow {
  key: string;
  period: string;
  /** One per line, in the order of `lineNames`; null for a period with actions but no published figures. */
  cells: Omit<ReportCell, 'period'>[] | null;
  /** What the leader recorded in this period, in words; where no one records actions, absent (and no column). */
  actions?: string[];
}

interface TrendTableProps {
  caption: string;
  lineNames: string[];
  rows: TrendTableRow[];
  minGroupSize: number;
}

/** The figures behind a trend chart, newest period first, as a table a screen reader (or anyone) can read. */
export async function TrendTable({ caption, lineNames, rows, minGroupSize }: TrendTableProps) {
  const [t, common, hidden, format] = await Promise.all([
    getTranslations('trends'),
    getTranslations('common'),
    getTranslations('trends.hidden'),
    getReportFormat(),
  ]);
  const withActions = rows.some((row) => row.actions !== undefined);
  const heldBack = rows.some((row) => row.cells?.some((cell) => cell.heldBack));
  const sticky = 'sticky left-0 z-10 px-3 py-2';
  return (
    <details className="mt-4 rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-medium text-brand-700">{t('table.show')}</summary>
      <ScrollRegion cue={common('scrollCue')} label={caption}>
        <table className="w-full text-left text-sm">
          <caption className="px-4 pb-2 text-left text-slate-600">{caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className={`${sticky} bg-slate-100 font-semibold`}>
                {t('table.period')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {t('table.respondents')}
              </th>
              {lineNames.map((name) => (
                <th key={name} scope="col" className="px-3 py-2 font-semibold">
                  {name}
                </th>
              ))}
              {withActions && (
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t('table.actions')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const shown = row.cells?.find((cell) => !cell.suppressed);
              return (
                <tr key={row.key} className="border-t border-slate-100">
                  <th scope="row" className={`${sticky} whitespace-nowrap bg-white font-medium`}>
                    {row.period}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{shown ? shown.n : '–'}</td>
                  {row.cells === null ? (
                    <td colSpan={lineNames.length} className="px-3 py-2 text-slate-600">
                      {t('chartReading.noFigures')}
                    </td>
                  ) : null}
                  {row.cells?.map((cell, index) => (
                    <td key={lineNames[index] ?? index} className="px-3 py-2 tabular-nums">
                      {cell.suppressed || cell.score === null ? (
                        hiddenReasonText(hidden, cell.hidden ?? 'too-few', minGroupSize)
                      ) : (
                        <>
                          {t('table.scoreWithInterval', {
                            score: format.score(cell.score),
                            low: format.score(cell.ciLow ?? 0),
                            high: format.score(cell.ciHigh ?? 0),
                          })}
                          {cell.heldBack ? <HeldBackMarker /> : null}
                        </>
                      )}
                    </td>
                  ))}
                  {withActions && <td className="px-3 py-2">{row.actions?.join('; ')}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {heldBack ? (
        <div className="px-4 pb-3">
          <HeldBackNote />
        </div>
      ) : null}
    </details>
  );
}
