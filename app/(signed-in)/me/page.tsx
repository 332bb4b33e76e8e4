import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AlertPreferencesSection } from '@/components/alerts/alert-preferences-section';
import { ConversationsSection } from '@/components/me/conversations-section';
import { MyAnswersList } from '@/components/me/my-answers-list';
import { MyScoresChart } from '@/components/me/my-scores-chart';
import { MyTeamScoreCard } from '@/components/me/my-team-score';
import { SignOutEverywhere } from '@/components/me/sign-out-everywhere';
import { YouAndYourTeam } from '@/components/me/you-and-your-team';
import { PageHeader } from '@/components/page-header';
import { getReportFormat } from '@/components/reports/report-format';
import { getMyAnswers } from '@/lib/server/me/my-answers';
import { getMyProfile } from '@/lib/server/me/my-profile';
import { getMyTeamScore } from '@/lib/server/me/my-team-score';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { requirePageViewer } from '@/lib/server/access/session';
import { personalLineScores } from '@/lib/domain/me/personal-line-scores';
import { personalTimeline } from '@/lib/domain/me/personal-timeline';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

export default async function MyResultsPage() {
  const viewer = await requirePageViewer('survey:answer');
  const [responses, profile, thresholds, t, teamScore, format] = await Promise.all([
    getMyAnswers(viewer, await getLocale()),
    getMyProfile(viewer),
    getAnonymityThresholds(),
    getTranslations(),
    getMyTeamScore(viewer),
    getReportFormat(),
  ]);
  const team = profile.currentTeam ? await getTeamTrends(viewer, profile.currentTeam.teamId, 'week') : null;
  const points = personalLineScores(responses);
  const timeline = personalTimeline(points);
  const lineNames = Object.fromEntries(CONNECTION_LINES.map((line) => [line, t(`lines.${line}.name`)])) as Record<
    (typeof CONNECTION_LINES)[number],
    string
  >;
  return (
    <>
      <PageHeader title={t('me.title')}>
        <p>{t('me.privacy')}</p>
      </PageHeader>
      <MyTeamScoreCard score={teamScore} minGroupSize={thresholds.minGroupSize} />
      {responses.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('me.none')}</p>
      ) : (
        <div className="space-y-10">
          <section aria-labelledby="chart-title">
            <h2 id="chart-title" className="mb-3 text-lg font-semibold text-brand-900">
              {t('me.chartTitle')}
            </h2>
            <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <MyScoresChart
                periods={timeline.periods.map((period) => format.period('week', period, 'short'))}
                series={timeline.series}
                lineNames={lineNames}
                label={t('me.chartLabel')}
                axisLabel={t('trends.chart.axis')}
              />
            </div>
          </section>
          <section aria-labelledby="compare-title">
            <h2 id="compare-title" className="text-lg font-semibold text-brand-900">
              {t('me.compareTitle')}
            </h2>
            <p className="mb-3 text-slate-600">
              {profile.currentTeam
                ? t('me.compareIntro', { team: profile.currentTeam.teamName, k: thresholds.minGroupSize })
                : t('me.noTeam')}
            </p>
            <YouAndYourTeam points={points} team={team} minGroupSize={thresholds.minGroupSize} />
          </section>
          <section aria-labelledby="answers-title">
            <h2 id="answers-title" className="mb-3 text-lg font-semibold text-brand-900">
              {t('me.answersTitle')}
            </h2>
            <MyAnswersList responses={responses} />
          </section>
        </div>
      )}
      <ConversationsSection viewer={viewer} />
      <AlertPreferencesSection viewer={viewer} />
      <SignOutEverywhere />
    </>
  );
}
