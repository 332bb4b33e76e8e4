import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TeamDashboard } from '@/components/team/team-dashboard';
import { getDb } from '@/db';
import { listTeamsInScope } from '@/lib/dal/leader-teams';
import { getViewer, requirePageViewer } from '@/lib/dal/session';
import { teamIdSchema } from '@/lib/reports/report-query-schemas';
import { reportViewQuerySchema } from '@/lib/reports/report-view-query';

interface TeamPageProps {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<TeamPageProps, 'params'>): Promise<Metadata> {
  const [t, viewer, teamId] = await Promise.all([getTranslations('team'), getViewer(), params.then(({ teamId }) => teamIdSchema.safeParse(teamId).data)]);
  const team = viewer && teamId ? (await listTeamsInScope(await getDb(), viewer).catch(() => [])).find((entry) => entry.id === teamId) : undefined;
  return { title: team ? team.name : t('title') };
}

export default async function TeamDetailPage({ params, searchParams }: TeamPageProps) {
  const viewer = await requirePageViewer('team:view');
  const teamId = teamIdSchema.safeParse((await params).teamId);
  if (!teamId.success) notFound();
  const teams = await listTeamsInScope(await getDb(), viewer);
  const team = teams.find((entry) => entry.id === teamId.data);
  // A team outside the viewer's scope, whether it exists or not, is refused the same way.
  if (!team) forbidden();
  const query = reportViewQuerySchema.parse(await searchParams);
  return <TeamDashboard viewer={viewer} team={team} query={query} basePath={`/team/${team.id}`} chooserLink={teams.length > 1} />;
}
