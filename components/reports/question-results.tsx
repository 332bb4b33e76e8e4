import { getLocale, getTranslations } from 'next-intl/server';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { Viewer } from '@/lib/server/access/viewer';
import { getQuestionResults } from '@/lib/server/reports/question-results';
import { ChangeMarker } from './change-marker';
import { getReportFormat } from './report-format';

interface QuestionResultsProps {
  viewer: Viewer;
  unit: UnitKey;
  kind: PeriodKind;
  at: string;
}

/**
 * Per line, the questions the period asked, weakest first, each folded away until opened so the page
 * stays light; a question too few answered says so instead of showing numbers. Nothing while the
 * unit's results of the period are hidden.
 */
export async function QuestionResults({ viewer, unit, kind, at }: QuestionResultsProps) {
  const [results, t, lines, locale, format] = await Promise.all([
    getQuestionResults(viewer, unit, kind, at),
    getTranslations('questions'),
    getTranslations('lines'),
    getLocale(),
    getReportFormat(),
  ]);
  if (!results.shown || results.lines.length === 0) return null;
  const titleId = `questions-title-${unit.replace(':', '-')}`;
  return (
    <section aria-labelledby={titleId} className="mb-10">
      <h2 id={titleId} className="mb-1 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro', { period: format.period(kind, at) })}</p>
      <div className="space-y-3">
        {results.lines.map(({ line, questions }) => (
          <details key={line} className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <summary className="cursor-pointer p-4 font-semibold text-brand-900">
              {t('lineSummary', {
                line,
                name: lines(`${line}.name`),
                shown: questions.filter((question) => question.shown).length,
                asked: questions.length,
              })}
            </summary>
            <ul className="divide-y divide-slate-100 px-4 pb-2">
              {questions.map((question) => (
                <li key={question.itemId} className="py-3">
                  <p className="text-slate-900">{locale === 'en' ? question.textEn : question.textNl}</p>
                  {question.shown ? (
                    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                      <span>
                        {t('score')} <strong className="text-slate-900">{format.score(question.score!)}</strong>
                      </span>
                      {question.ciLow !== null && question.ciHigh !== null ? (
                        <span>
                          {t('interval', { low: format.score(question.ciLow), high: format.score(question.ciHigh) })}
                        </span>
                      ) : null}
                      <span>{t('favourable', { share: format.percent(question.favourable!) })}</span>
                      <ChangeMarker change={question.change} evidence={question.evidence} />
                    </p>
                  ) : (
                    <p className="mt-1 text-sm text-slate-600 italic">{t('hidden')}</p>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
      <p className="mt-3 text-sm text-slate-600">{t('method')}</p>
    </section>
  );
}
