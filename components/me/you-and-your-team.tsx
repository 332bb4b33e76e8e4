import { getTranslations } from 'next-intl/server';
import { CONNECTION_LINES } from '@/lib/model/connection-lines';
import type { PersonalPoint } from '@/lib/me/personal-line-scores';
import type { TeamTrends } from '@/lib/reports/team-trends';

/** The person's own scores next to the team's shown cells for the same weeks — the team's only where the publication rule allows. */
export async function YouAndYourTeam({ points, team }: { points: PersonalPoint[]; team: TeamTrends | null }) {
  const t = await getTranslations();
  const teamCell = (line: (typeof CONNECTION_LINES)[number], period: string) => team?.lines.find((l) => l.line === line)?.points.find((p) => p.period === period);
  return (
    <div role="region" aria-label={t('me.compareTitle')} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('me.compareTitle')}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t('me.week')}</th>
            {CONNECTION_LINES.map((line) => (
              <th key={line} scope="col" className="px-3 py-2">
                {line} · {t(`lines.${line}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((point) => (
            <tr key={point.period} className="border-t border-slate-100 align-top">
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">{point.period}</th>
              {CONNECTION_LINES.map((line) => {
                const cell = teamCell(line, point.period);
                return (
                  <td key={line} className="px-3 py-2">
                    <span className="block tabular-nums">
                      {t('me.you')}: {point.scores[line] ?? t('me.notAsked')}
                    </span>
                    {team ? (
                      <span className="block text-slate-600">
                        {t('me.team')}: {cell && !cell.suppressed ? <span className="tabular-nums">{cell.score}</span> : t('me.notEnough')}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
