import { fileRoute } from '@/lib/server/next/file-route';
import { teamReportFile } from '@/lib/server/team/team-report';
import { teamIdSchema } from '@/lib/domain/reports/report-query-schemas';

/** A team's one-page report for a team meeting: for whoever sees the team's page, as that page shows it. */
export const GET = fileRoute<{ teamId: string }>(({ viewer, locale, query, params }) =>
  teamReportFile(viewer, teamIdSchema.parse(params.teamId), locale, query),
);
