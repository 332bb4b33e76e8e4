import { jsonRoute } from '@/lib/server/next/json-route';
import { getTeamComments } from '@/lib/server/team/team-comments';
import { teamCommentsQuerySchema } from '@/lib/domain/conversations/team-comments-query';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { queryOf, teamIdSchema } from '@/lib/domain/reports/report-query-schemas';

/** A team's shown comments of a period with their conversations, by public id; `line` keeps those tagged with it. */
export const GET = jsonRoute<{ teamId: string }>(async ({ viewer, request, params }) => {
  const teamId = teamIdSchema.parse(params.teamId);
  const { period, at, line } = teamCommentsQuerySchema.parse(queryOf(request));
  return getTeamComments(viewer, teamId, period, at, (line ?? null) as ConnectionLine | null);
});
