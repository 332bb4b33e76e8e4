import { getTranslations } from 'next-intl/server';
import { CellScore } from '@/components/reports/cell-score';
import { HeldBackNote } from '@/components/reports/held-back';
import { getReportFormat } from '@/components/reports/report-format';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { PersonalPoint } from '@/lib/domain/me/personal-line-scores';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';

interface YouAndYourTeamProps {
  points: PersonalPoint[];
  team: TeamTrends | null;
  minGroupSize: number;
}

/** The weeks shown as cards at once; older ones open on request, so a phone is not a long scroll of cards. */
const RECENT_WEEKS = 6;

/**
 * The person's own scores next to the team's shown cells, a card per week, newest first — the
 * team's only where the publication allows, and otherwise why not.
 */
export async function YouAndYourTeam({ points, team, minGroupSize }: YouAndYourTeamProps) {
  const [t, format] = await Promise.all([getTranslations(), getReportFormat()]);
  // Trends list published weeks only: a week the person answered that is not among them is not published yet.
  const teamCell = (line: (typeof CONNECTION_LINES)[number], period: string) =>
    team?.lines.find((l) => l.line === line)?.points.find((p) => p.period === period);
  const heldBack = points.some((point) => CONNECTION_LINES.some((line) => teamCell(line, point.period)?.heldBack));
  const newestFirst = [...points].reverse();
  const card = (point: PersonalPoint) => (
    <li key={point.period} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="mb-2 font-semibold text-brand-900">{format.period('week', point.period)}</h3>
      <dl className="space-y-2 text-sm">
        {CONNECTION_LINES.map((line) => (
          <div key={line}>
            <dt className="font-medium text-slate-800">
              {line} · {t(`lines.${line}.name`)}
            </dt>
            <dd className="flex flex-wrap gap-x-4 tabular-nums">
              <span>
                {t('me.you')}: {point.scores[line] === null ? t('me.notAsked') : format.score(point.scores[line])}
              </span>
              {team ? (
                <span className="text-slate-600">
                  {t('me.team')}: <CellScore cell={teamCell(line, point.period)} minGroupSize={minGroupSize} />
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
  const cards = 'grid gap-3 sm:grid-cols-2';
  return (
    <>
      <ol aria-label={t('me.compareTitle')} className={cards}>
        {newestFirst.slice(0, RECENT_WEEKS).map(card)}
      </ol>
      {newestFirst.length > RECENT_WEEKS ? (
        <details className="mt-3">
          <summary className="cursor-pointer py-2 font-medium text-brand-700">
            {t('me.olderWeeks', { count: newestFirst.length - RECENT_WEEKS })}
          </summary>
          <ol aria-label={t('me.olderWeeksList')} className={cards}>
            {newestFirst.slice(RECENT_WEEKS).map(card)}
          </ol>
        </details>
      ) : null}
      {heldBack ? <HeldBackNote /> : null}
    </>
  );
}
