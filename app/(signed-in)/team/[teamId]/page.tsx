import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { TeamDashboard } from '@/components/team/team-dashboard';
import { getDb } from '@/db';
import { teamPageAccess } from '@/lib/server/team/leader-teams';
import { getViewer, requirePageViewer } from '@/lib/server/access/session';
import { teamIdSchema } from '@/lib/domain/reports/report-query-schemas';
import { reportViewQuerySchema } from '@/lib/domain/reports/report-view-query';

interface TeamPageProps {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The title and the page ask the same question: asked once per request. */
const requestTeamPageAccess = cache(teamPageAccess);

export async function generateMetadata({ params }: Pick<TeamPageProps, 'params'>): Promise<Metadata> {
  const [t, viewer, teamId] = await Promise.all([getTranslations('team'), getViewer(), params.then(({ teamId }) => teamIdSchema.safeParse(teamId).data)]);
  const access = viewer && teamId ? await requestTeamPageAccess(await getDb(), viewer, teamId) : null;
  return { title: typeof access === 'object' && access ? access.team.name : t('title') };
}

/** One team: for the leaders whose scope holds it, and for HR, who sees every team. */
export default async function TeamDetailPage({ params, searchParams }: TeamPageProps) {
  const viewer = await requirePageViewer();
  const teamId = teamIdSchema.safeParse((await params).teamId);
  if (!teamId.success) notFound();
  const access = await requestTeamPageAccess(await getDb(), viewer, teamId.data);
  if (access === 'not_found') notFound();
  // A team outside a leader's scope, whether it exists or not, is refused the same way.
  if (access === 'forbidden') forbidden();
  const query = reportViewQuerySchema.parse(await searchParams);
  return (
    <TeamDashboard
      viewer={viewer}
      team={access.team}
      query={query}
      basePath={`/team/${access.team.id}`}
      backLink={access.inScope ? (access.teamsInScope > 1 ? 'teams' : null) : 'organisation'}
      recordsActions={access.inScope}
    />
  );
}
