import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ComingNext } from '@/components/coming-next';
import { ConnectionLinesList } from '@/components/connection-lines-list';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { requirePageViewer } from '@/lib/dal/session';
import { getSurveyOverview } from '@/lib/dal/survey-overview';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('survey'))('title') };
}

export default async function SurveyPage() {
  const viewer = await requirePageViewer('survey:answer');
  const [overview, t, format] = await Promise.all([
    getSurveyOverview(await getDb(), viewer),
    getTranslations('survey'),
    getFormatter(),
  ]);
  const { currentTeam, openPulse, nextOpensAt } = overview;
  const dateTime = { dateStyle: 'full', timeStyle: 'short' } as const;
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="text-lg text-slate-800">{t('greeting', { name: viewer.name })}</p>
        <p>{currentTeam ? t('team', { team: currentTeam.teamName, department: currentTeam.departmentName }) : t('noTeam')}</p>
      </PageHeader>
      <section aria-labelledby="pulse-status" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="pulse-status" className="sr-only">
          {t('title')}
        </h2>
        {openPulse ? (
          <>
            <p className="font-medium">
              {t('openPulse', { closesAt: format.dateTime(openPulse.closesAt, dateTime), count: openPulse.questionCount })}
            </p>
            <p className="mt-1 text-slate-600">{openPulse.answered ? t('answered') : t('notAnswered')}</p>
          </>
        ) : (
          <p className="font-medium">
            {t('noPulse')} {nextOpensAt ? t('nextPulse', { opensAt: format.dateTime(nextOpensAt, dateTime) }) : null}
          </p>
        )}
      </section>
      <section aria-labelledby="lines" className="mt-8">
        <h2 id="lines" className="text-lg font-semibold text-brand-900">
          {t('linesTitle')}
        </h2>
        <p className="mb-3 text-slate-600">{t('linesIntro')}</p>
        <ConnectionLinesList />
      </section>
      <ComingNext>{t('coming')}</ComingNext>
    </>
  );
}
