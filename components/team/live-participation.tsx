'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useAppFormatter } from '@/components/i18n/use-app-formatter';
import { hiddenReasonText } from '@/components/reports/hidden-reason-text';
import type { PulseParticipation, TeamParticipation } from '@/lib/server/team/team-participation';

// The open pulse's count is taken once an hour: a few minutes between looks is soon enough.
const POLL_MS = 5 * 60_000;

async function fetchParticipation(teamId: number): Promise<TeamParticipation> {
  const response = await fetch(`/api/v1/teams/${teamId}/participation`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`participation: ${response.status}`);
  return (await response.json()) as TeamParticipation;
}

/** How many had answered the open pulse by the last whole hour, in steps of k, and what the last closed pulse's week published: counts, never names. */
export function LiveParticipation({ teamId, initial }: { teamId: number; initial: TeamParticipation }) {
  const t = useTranslations('team.participation');
  const trends = useTranslations('trends');
  const hidden = useTranslations('trends.hidden');
  const format = useAppFormatter();
  const { data, isError } = useQuery({
    queryKey: ['team-participation', teamId],
    queryFn: () => fetchParticipation(teamId),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const k = data.minGroupSize;
  const day = (iso: string) => format.dateTime(new Date(iso), { day: 'numeric', month: 'long' });
  const openCount = (pulse: PulseParticipation) => {
    if (pulse.invited < k) return t('teamTooSmall', { k });
    const time = format.dateTime(new Date(pulse.asOf ?? pulse.opensAt), { timeStyle: 'short' });
    return pulse.respondents === null
      ? t('openFewerThan', { k, invited: pulse.invited, time })
      : t('openCount', { respondents: pulse.respondents, invited: pulse.invited, time });
  };
  const closedCount = (pulse: PulseParticipation) =>
    pulse.respondents === null
      ? trends('notShown', { reason: hiddenReasonText(hidden, pulse.hidden ?? 'too-few', k) })
      : t('count', {
          respondents: pulse.respondents,
          invited: pulse.invited,
          rate: format.number((pulse.rate ?? 0) / 100, { style: 'percent', maximumFractionDigits: 0 }),
        });
  return (
    <section
      aria-labelledby="participation-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 id="participation-title" className="font-semibold text-brand-900">
        {t('title')}
      </h3>
      <dl className="mt-2 space-y-2 text-sm">
        <div>
          <dt className="text-slate-600">{data.open ? t('open', { closes: day(data.open.closesAt) }) : t('noOpen')}</dt>
          {data.open ? (
            <dd aria-live="polite" className="font-medium tabular-nums">
              {openCount(data.open)}
            </dd>
          ) : null}
        </div>
        {data.latestClosed ? (
          <div>
            <dt className="text-slate-600">{t('latestClosed', { closed: day(data.latestClosed.closesAt) })}</dt>
            <dd className="font-medium tabular-nums">{closedCount(data.latestClosed)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{isError ? t('stale') : t('live', { k })}</p>
    </section>
  );
}
