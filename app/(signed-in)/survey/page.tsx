import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import { ConnectionLinesList } from '@/components/connection-lines-list';
import { PageHeader } from '@/components/page-header';
import { PulseForm } from '@/components/survey/pulse-form';
import { getPulseFormLabels } from '@/components/survey/pulse-form-labels';
import { getCurrentPulse } from '@/lib/server/survey/current-pulse';
import { getMyProfile } from '@/lib/server/me/my-profile';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('survey'))('title') };
}

export default async function SurveyPage() {
  const viewer = await requirePageViewer('survey:answer');
  const [current, profile, thresholds, t, format, locale] = await Promise.all([
    getCurrentPulse(viewer, await getLocale()),
    getMyProfile(viewer),
    getAnonymityThresholds(),
    getTranslations('survey'),
    getAppFormatter(),
    getLocale(),
  ]);
  const dateTime = { dateStyle: 'full', timeStyle: 'short' } as const;
  const { pulse } = current;
  const team = profile.currentTeam;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('title')}>
        <p className="text-lg text-slate-800">{t('greeting', { name: viewer.name })}</p>
        {team ? <p>{t('team', { team: team.teamName, department: team.departmentName })}</p> : null}
      </PageHeader>
      {pulse === null ? (
        <section aria-labelledby="no-pulse" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="no-pulse" className="font-semibold text-brand-900">
            {t('noPulse')}
          </h2>
          {current.nextOpensAt ? (
            <p className="mt-1 text-slate-700">
              {t('nextPulse', { opensAt: format.dateTime(current.nextOpensAt, dateTime) })}
            </p>
          ) : null}
        </section>
      ) : !current.eligible ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('noTeam')}</p>
      ) : (
        <section aria-labelledby="pulse-title">
          <h2 id="pulse-title" className="text-lg font-semibold text-brand-900">
            {t('openUntil', { closesAt: format.dateTime(pulse.closesAt, dateTime) })}
          </h2>
          <p className="mb-4 mt-1 text-slate-600">
            {t('intro', { count: pulse.items.length, k: thresholds.minGroupSize })}
          </p>
          {current.answers ? (
            <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-brand-900">{t('answeredNotice')}</p>
          ) : null}
          <PulseForm
            key={`${pulse.id}-${locale}`}
            personId={viewer.personId}
            locale={locale}
            pulse={{ id: pulse.id, items: pulse.items.map(({ id, text }) => ({ id, text })) }}
            answered={
              current.answers
                ? {
                    answers: Object.fromEntries(current.answers.map((a) => [a.itemId, a.score])),
                    comment: current.comment ?? '',
                    commentLine: current.commentLine,
                  }
                : null
            }
            labels={await getPulseFormLabels({
              total: pulse.items.length,
              closesAt: format.dateTime(pulse.closesAt, dateTime),
              commentThreshold: thresholds.commentMinGroupSize,
            })}
          />
        </section>
      )}
      <section aria-labelledby="lines" className="mt-10">
        <h2 id="lines" className="text-lg font-semibold text-brand-900">
          {t('linesTitle')}
        </h2>
        <p className="mb-3 text-slate-600">{t('linesIntro')}</p>
        <ConnectionLinesList />
      </section>
    </div>
  );
}
