import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import type { Viewer } from '@/lib/server/access/viewer';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { getTeamComments } from '@/lib/server/team/team-comments';

/** What a test knows of a comment's author, and the product must never tell: read straight from the tables. */
export interface CommentAuthor {
  personId: number;
  responseId: number;
  name: string;
  email: string;
  submittedAt: Date;
  commentCreatedAt: Date;
  active: boolean;
}

/** The months a team's comments are shown in, as a viewer who may see them reads them, newest first. */
export async function monthsWithComments(viewer: Viewer, teamId: number): Promise<string[]> {
  const months = (await getTeamTrends(viewer, teamId, 'month')).lines[0]!.points.map((point) => point.period);
  const shown: string[] = [];
  for (const month of months.reverse()) {
    const comments = await getTeamComments(viewer, teamId, 'month', month);
    if (comments.state === 'shown' && comments.comments.length > 0) shown.push(month);
  }
  return shown;
}

/** The author of the comment with this public id. */
export async function authorOf(db: Database, publicId: string): Promise<CommentAuthor> {
  const [row] = rowsOf<{
    person_id: number;
    response_id: string;
    name: string;
    email: string;
    submitted_at: Date | string;
    created_at: Date | string;
    active: boolean;
  }>(
    await db.execute(sql`
      select r.person_id, r.id as response_id, p.name, p.email, p.active, r.submitted_at, c.created_at
      from comments c join responses r on r.id = c.response_id join people p on p.id = r.person_id
      where c.public_id = ${publicId}`),
  );
  return {
    personId: row!.person_id,
    responseId: Number(row!.response_id),
    name: row!.name,
    email: row!.email,
    submittedAt: new Date(row!.submitted_at),
    commentCreatedAt: new Date(row!.created_at),
    active: row!.active,
  };
}

/** A shown comment of the team, in its newest month with comments, whose author is active and no demo account. */
export async function pickComment(db: Database, viewer: Viewer, teamId: number) {
  const demoEmails = new Set<string>(Object.values(DEMO_ACCOUNTS).map((account) => account.email));
  for (const month of await monthsWithComments(viewer, teamId)) {
    for (const comment of (await getTeamComments(viewer, teamId, 'month', month)).comments) {
      const author = await authorOf(db, comment.id);
      if (author.active && !demoEmails.has(author.email)) return { month, comment, author };
    }
  }
  throw new Error('the demo has no shown comment to converse on');
}
