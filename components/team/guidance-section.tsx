import { getLocale, getTranslations } from 'next-intl/server';
import { getReportFormat } from '@/components/reports/report-format';
import { guidanceFor } from '@/lib/domain/guidance/guidance';
import type { GuidanceChoice } from '@/lib/domain/guidance/select-guidance';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { QuestionRow } from '@/lib/domain/reports/question-results';

interface GuidanceSectionProps {
  choices: GuidanceChoice[];
  /** Those who record the team's actions are addressed and led to the form; HR, who reads along, is told about the team. */
  recordsActions: boolean;
  /** Per line, its weakest shown questions of the period (weakest-questions.ts): where to start. */
  weakestQuestions?: ReadonlyMap<ConnectionLine, readonly QuestionRow[]>;
}

/** Guidance from the model for the weakest line and every line that clearly dropped, pointing at their weakest questions. */
export async function GuidanceSection({ choices, recordsActions, weakestQuestions }: GuidanceSectionProps) {
  const [t, lines, locale, questionsT, format] = await Promise.all([
    getTranslations('guidance'),
    getTranslations('lines'),
    getLocale(),
    getTranslations('questions'),
    getReportFormat(),
  ]);
  return (
    <section aria-labelledby="guidance-title" className="mb-10">
      <h2 id="guidance-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t(recordsActions ? 'intro' : 'forReaders.intro')}</p>
      {choices.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">{t('none')}</p> : null}
      <div className="space-y-4">
        {choices.map(({ line, reasons }) => {
          const guidance = guidanceFor(line, locale);
          const questions = weakestQuestions?.get(line) ?? [];
          return (
            <article
              key={line}
              aria-labelledby={`guidance-${line}`}
              className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 id={`guidance-${line}`} className="text-lg font-semibold text-brand-900">
                  {t('lineTitle', { line, name: lines(`${line}.name`) })}
                </h3>
                {reasons.map((reason) => (
                  <span
                    key={reason}
                    className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900"
                  >
                    {t(`reason.${reason}`)}
                  </span>
                ))}
              </div>
              <p className="mt-2 text-slate-700">{guidance.meaning}</p>
              {questions.length > 0 ? (
                <>
                  <h4 className="mt-4 font-semibold text-slate-800">{questionsT('guidance')}</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                    {questions.map((question) => (
                      <li key={question.itemId}>
                        {questionsT('guidanceQuestion', {
                          question: locale === 'en' ? question.textEn : question.textNl,
                          score: format.score(question.score!),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h4 className="mt-4 font-semibold text-slate-800">
                {t('fields', { first: guidance.fields[0].short, second: guidance.fields[1].short })}
              </h4>
              <ul className="mt-1 space-y-1 text-slate-700">
                {guidance.fields.map((field) => (
                  <li key={field.key}>
                    <strong className="font-semibold text-slate-900">{field.roles.join(' & ')}</strong>
                    {' — '}
                    {t('roles', {
                      field: field.short,
                      description: field.name,
                      company: field.company,
                      gives: field.gives,
                    })}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-slate-700">{guidance.levers}</p>
              <h4 className="mt-4 font-semibold text-slate-800">
                {t(recordsActions ? 'nextMeeting' : 'forReaders.nextMeeting')}
              </h4>
              <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700">
                {guidance.actions.map((action) => (
                  <li key={action}>{action}</li>
                ))}
              </ol>
              {recordsActions ? (
                <a
                  href="#record-action"
                  className="mt-4 inline-block text-sm font-medium text-brand-700 underline underline-offset-2"
                >
                  {t('recordAction')}
                </a>
              ) : null}
            </article>
          );
        })}
      </div>
    </section>
  );
}
