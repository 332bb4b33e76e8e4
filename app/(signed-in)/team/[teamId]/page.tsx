import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { TeamDashboard } from '@/components/team/team-dashboard';
import { orErrorPage } from '@/lib/server/next/or-error-page';
import { getTeamPage } from '@/lib/server/team/team-page';
import { getViewer, requirePageViewer } from '@/lib/server/access/session';
import { teamIdSchema } from '@/lib/domain/reports/report-query-schemas';
import { heatmapModeOf } from '@/lib/domain/heatmap-views/heatmap-mode';
import { reportViewQuerySchema } from '@/lib/domain/reports/report-view-query';

interface TeamPageProps {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The title and the page ask the same question: asked once per request. */
const requestTeamPage = cache(getTeamPage);

export async function generateMetadata({ params }: Pick<TeamPageProps, 'params'>): Promise<Metadata> {
  const [t, viewer, teamId] = await Promise.all([
    getTranslations('team'),
    getViewer(),
    params.then(({ teamId }) => teamIdSchema.safeParse(teamId).data),
  ]);
  const page = viewer && teamId ? await requestTeamPage(viewer, teamId).catch(() => null) : null;
  return { title: page?.team.name ?? t('title') };
}

/** One team: for the leaders whose scope holds it, and for HR, who sees every team. */
export default async function TeamDetailPage({ params, searchParams }: TeamPageProps) {
  const viewer = await requirePageViewer();
  const teamId = teamIdSchema.safeParse((await params).teamId);
  if (!teamId.success) notFound();
  // A team outside the viewer's scope is refused (403); one that does not exist is not found (404).
  const page = await orErrorPage(requestTeamPage(viewer, teamId.data));
  const search = await searchParams;
  const query = reportViewQuerySchema.parse(search);
  return (
    <TeamDashboard
      viewer={viewer}
      team={page.team}
      query={query}
      basePath={`/team/${page.team.id}`}
      backLink={page.inScope ? (page.teamsInScope > 1 ? 'teams' : null) : 'organisation'}
      recordsActions={page.inScope}
      mode={heatmapModeOf(search)}
    />
  );
}
