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

/** The person's own scores next to the team's shown cells for the same weeks — the team's only where the publication allows, and otherwise why not. */
export async function YouAndYourTeam({ points, team, minGroupSize }: YouAndYourTeamProps) {
  const [t, format] = await Promise.all([getTranslations(), getReportFormat()]);
  // Trends list published weeks only: a week the person answered that is not among them is not published yet.
  const teamCell = (line: (typeof CONNECTION_LINES)[number], period: string) =>
    team?.lines.find((l) => l.line === line)?.points.find((p) => p.period === period);
  const heldBack = points.some((point) => CONNECTION_LINES.some((line) => teamCell(line, point.period)?.heldBack));
  return (
    <>
      <div
        role="region"
        aria-label={t('me.compareTitle')}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('me.compareTitle')}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('me.week')}
              </th>
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
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                  {point.period}
                </th>
                {CONNECTION_LINES.map((line) => {
                  const cell = teamCell(line, point.period);
                  return (
                    <td key={line} className="px-3 py-2">
                      <span className="block tabular-nums">
                        {t('me.you')}:{' '}
                        {point.scores[line] === null ? t('me.notAsked') : format.score(point.scores[line])}
                      </span>
                      {team ? (
                        <span className="block text-slate-600">
                          {t('me.team')}: <CellScore cell={cell} minGroupSize={minGroupSize} />
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
      {heldBack ? <HeldBackNote /> : null}
    </>
  );
}
