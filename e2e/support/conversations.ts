import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';
import { ACCOUNTS } from './demo-accounts';
import { e2eDatabase } from './e2e-people';
import { teamIdOf } from './team-page';

export interface ShownThread {
  id: string;
  body: string;
  line: number | null;
  replies: { side: 'leader' | 'author'; leaderName: string | null; body: string; day: string }[];
}

/** What only the test may know: who wrote a comment, read straight from the e2e server's database. */
export interface SecretAuthor {
  email: string;
  name: string;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

export async function switchLanguage(page: Page, lang: 'en' | 'nl') {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  // The new language's page title arrives with its metadata, a moment after the rest of the page.
  await expect(page).toHaveTitle(/\S/);
}

/** Servicedesk's newest month with shown comments, and those comments, as the signed-in leader's API serves them. */
export async function servicedeskComments(
  page: Page,
): Promise<{ teamId: number; month: string; threads: ShownThread[] }> {
  const teamId = await teamIdOf(page, 'Servicedesk');
  const trends = (await (await page.request.get(`/api/v1/teams/${teamId}/trends?period=month`)).json()) as {
    lines: { points: { period: string }[] }[];
  };
  for (const { period } of [...trends.lines[0]!.points].reverse()) {
    const response = await page.request.get(`/api/v1/teams/${teamId}/comments?period=month&at=${period}`);
    const shown = (await response.json()) as { state: string; comments: ShownThread[] };
    if (shown.state === 'shown' && shown.comments.length > 1) return { teamId, month: period, threads: shown.comments };
  }
  throw new Error('Servicedesk shows no comments');
}

/**
 * The `index`-th comment (in the page's order) whose author is an active employee and no demo
 * account, with who wrote it; each test takes its own so that tests running side by side never share one.
 */
export async function commentWithAuthor(threads: ShownThread[], index: number) {
  const sql = e2eDatabase();
  if (!sql) throw new Error('the conversation specs read who wrote a comment from the e2e database (set DATABASE_URL)');
  try {
    const demo = Object.values(ACCOUNTS).map((account) => account.email);
    const rows = await sql<{ public_id: string; email: string; name: string }[]>`
      select c.public_id::text, p.email, p.name from comments c join responses r on r.id = c.response_id
      join people p on p.id = r.person_id
      where c.public_id::text in ${sql(threads.map((thread) => thread.id))} and p.active and p.email not in ${sql(demo)}
        and exists (select 1 from person_roles pr where pr.person_id = p.id and pr.role = 'employee')
        and not exists (select 1 from person_roles pr where pr.person_id = p.id and pr.role <> 'employee')`;
    const eligible = threads.filter((thread) => rows.some((row) => row.public_id === thread.id));
    const thread = eligible[index]!;
    const author = rows.find((row) => row.public_id === thread.id)!;
    return { thread, author: { email: author.email, name: author.name } satisfies SecretAuthor };
  } finally {
    await sql.end();
  }
}

/** The list item of a comment or conversation, found by its public id. */
export const threadItem = (page: Page, id: string) =>
  page.getByRole('listitem').filter({ has: page.locator(`input[name="commentId"][value="${id}"]`) });

/**
 * Leaders see an author's answer from the day after it was written: moves this comment's answers a
 * day back in the e2e database, as if the night had passed.
 */
export async function letTheNightPass(commentId: string) {
  const sql = e2eDatabase();
  if (!sql) throw new Error('the conversation specs move answers a day back in the e2e database (set DATABASE_URL)');
  try {
    await sql`
      update comment_replies set written_on = written_on - 1
      where side = 'author' and comment_id = (select response_id from comments where public_id = ${commentId}::uuid)`;
  } finally {
    await sql.end();
  }
}
