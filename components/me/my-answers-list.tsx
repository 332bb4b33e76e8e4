import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { MyResponse } from '@/lib/server/me/my-answers';

/** Every past response of the person, with their own answers and comment (rendered as text, never as HTML). */
export async function MyAnswersList({ responses }: { responses: MyResponse[] }) {
  const [t, format] = await Promise.all([getTranslations(), getAppFormatter()]);
  return (
    <ul className="space-y-2">
      {responses.map((response) => (
        <li key={response.pulseId}>
          <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-medium text-brand-900">
              {t('me.pulseOf', { date: format.dateTime(response.opensAt, { dateStyle: 'long' }) })} · {response.period}
            </summary>
            <dl className="mt-3 space-y-2">
              {response.answers.map((answer) => (
                <div key={answer.itemId} className="grid gap-1 sm:grid-cols-[1fr_auto] sm:gap-4">
                  <dt className="text-slate-700">{answer.text}</dt>
                  <dd className="font-medium">
                    {answer.score} · {t(`survey.scale.${answer.score as 1 | 2 | 3 | 4 | 5}`)}
                  </dd>
                </div>
              ))}
            </dl>
            {response.comment ? (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <p className="text-sm font-semibold text-slate-700">{t('me.yourComment')}</p>
                <p className="whitespace-pre-wrap text-slate-800">{response.comment}</p>
              </div>
            ) : null}
          </details>
        </li>
      ))}
    </ul>
  );
}
