import 'server-only';
import { CONTENT_TYPES, type ExportFile } from '@/lib/domain/exports/export-request';
import { teamReportPdf } from '@/lib/domain/exports/team-report-pdf';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import { loadMessages } from '@/lib/domain/i18n/messages';
import { reportViewQuerySchema } from '@/lib/domain/reports/report-view-query';
import type { Viewer } from '@/lib/server/access/viewer';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { getTeamResults } from '@/lib/server/reports/team-results';
import { listLeaderActions } from './leader-actions';
import { getTeamComments } from './team-comments';
import { getTeamPage } from './team-page';
import { teamReportContent } from './team-report-content';

/**
 * A team's one-page report for a team meeting, of the period its page shows for the same query:
 * only what the viewer sees on that page (the same access, publication and comment threshold), and
 * for a team below k the explanation instead of figures.
 */
export async function teamReportFile(
  viewer: Viewer,
  teamId: number,
  locale: AppLocale,
  query: Record<string, string>,
): Promise<ExportFile> {
  const { team } = await getTeamPage(viewer, teamId);
  const view = reportViewQuerySchema.parse(query);
  const [results, actions, thresholds, messages] = await Promise.all([
    getTeamResults(viewer, team.id, view.period, view.at),
    listLeaderActions(viewer, team.id),
    getAnonymityThresholds(),
    loadMessages(locale),
  ]);
  const comments = results.at === null ? null : await getTeamComments(viewer, team.id, view.period, results.at);
  const content = teamReportContent({
    locale,
    messages,
    team,
    kind: view.period,
    results,
    comments,
    actions,
    minGroupSize: thresholds.minGroupSize,
  });
  return {
    body: await teamReportPdf(content),
    contentType: CONTENT_TYPES.pdf,
    filename: `verbinding-team-${team.id}-${results.at ?? view.period}.pdf`,
  };
}
