import { getTranslations } from 'next-intl/server';
import { ChangeMarker } from '@/components/reports/change-marker';
import { HeldBackMarker } from '@/components/reports/held-back';
import { hiddenReasonText } from '@/components/reports/hidden-reason-text';
import { getReportFormat } from '@/components/reports/report-format';
import type { MyTeamScore } from '@/lib/server/me/my-team-score';

/** "Your team's score": the team's published connection score of its latest month, or the honest reason there is none. */
export async function MyTeamScoreCard({ score, minGroupSize }: { score: MyTeamScore; minGroupSize: number }) {
  const [t, hidden, format] = await Promise.all([
    getTranslations('connection.me'),
    getTranslations('trends.hidden'),
    getReportFormat(),
  ]);
  if (score.status === 'no-team') return null;
  const period = (label: string) => format.period('month', label);
  return (
    <section aria-labelledby="my-team-score-title" className="mb-10" data-testid="my-team-score">
      <div className="max-w-md rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="my-team-score-title" className="font-semibold text-brand-900">
          {t('title')}
        </h2>
        {score.status === 'shown' ? (
          <>
            <p className="text-sm text-slate-600">
              {t('shown', { team: score.teamName, period: period(score.period) })}
            </p>
            <p className="mt-2">
              <span className="text-4xl font-semibold tabular-nums text-brand-900">
                {format.score(score.cell.score!)}
                {score.cell.heldBack ? <HeldBackMarker /> : null}
              </span>
              <span className="text-slate-600"> {t('ofTotal')}</span>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {t('interval', { low: format.score(score.cell.ciLow ?? 0), high: format.score(score.cell.ciHigh ?? 0) })}
              {' · '}
              <ChangeMarker change={score.cell.change} evidence={score.cell.evidence} />
            </p>
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            {score.status === 'hidden'
              ? t('hidden', {
                  period: period(score.period),
                  reason: hiddenReasonText(hidden, score.reason, minGroupSize),
                })
              : score.status === 'pending'
                ? t('pending', { period: period(score.period), date: format.date(score.publishedAfter) })
                : t('none')}
          </p>
        )}
      </div>
    </section>
  );
}
