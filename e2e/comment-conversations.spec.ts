import { type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { createEmployee, e2eDatabase } from './support/e2e-people';
import {
  type SecretAuthor,
  commentWithAuthor,
  letTheNightPass,
  seriousViolations,
  servicedeskComments,
  switchLanguage,
  threadItem,
} from './support/conversations';
import { expect, test } from './support/test';

async function signedInPage(browser: Browser, email: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Nothing on the page names the comment's author, and it does not scroll sideways. */
async function expectAnonymousAndFitting(page: Page, author: SecretAuthor, width: number) {
  const html = await page.content();
  expect(html).not.toContain(author.email);
  expect(html).not.toContain(author.name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The leader replies, the author reads it on /me and answers back, the leader reads the answer: in Dutch, then both pages in English. */
async function playConversation(browser: Browser, page: Page, index: number, width: number) {
  const viewport = { width, height: 900 };
  await page.setViewportSize(viewport);
  await signIn(page, ACCOUNTS.leader.email);
  const { teamId, month, threads } = await servicedeskComments(page);
  const { thread, author } = await commentWithAuthor(threads, index);
  const teamPage = `/team/${teamId}?period=month&at=${month}`;

  await page.goto(teamPage);
  const item = threadItem(page, thread.id);
  await item.getByText('Antwoorden', { exact: true }).click();
  await item.getByRole('button', { name: 'Versturen' }).click();
  await expect(item.getByText('Schrijf een antwoord voor je het verstuurt.')).toBeVisible();
  const question = `Dank je voor je opmerking (${width}). Wat zou helpen?`;
  await item.getByLabel('Je antwoord').fill(question);
  await item.getByRole('button', { name: 'Versturen' }).click();
  await expect(item.getByText('Verstuurd.')).toBeVisible();
  const conversation = item.getByRole('list', { name: 'Gesprek' });
  await expect(conversation).toContainText(question);
  await expect(conversation).toContainText('Pieter Janssens');
  expect(await seriousViolations(page), `team page at ${width} px in nl`).toEqual([]);
  await expectAnonymousAndFitting(page, author, width);

  const authorPage = await signedInPage(browser, author.email, viewport);
  await authorPage.goto('/me');
  const mine = authorPage.getByRole('region', { name: 'Gesprekken over je opmerkingen' });
  const own = threadItem(authorPage, thread.id);
  await expect(mine).toBeVisible();
  await expect(own).toContainText(thread.body);
  await expect(own.getByRole('list', { name: 'Gesprek' })).toContainText(question);
  const answer = `Meer tijd om samen te overleggen (${width}).`;
  await own.getByLabel('Je reactie').fill(answer);
  await own.getByRole('button', { name: 'Versturen' }).click();
  await expect(own.getByText('Verstuurd.')).toBeVisible();
  await expect(own.getByRole('list', { name: 'Gesprek' })).toContainText(answer);
  await expect(own.getByRole('list', { name: 'Gesprek' })).toContainText('De schrijver');
  expect(await seriousViolations(authorPage), `/me at ${width} px in nl`).toEqual([]);
  expect(await authorPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  await page.reload();
  await expect(threadItem(page, thread.id)).not.toContainText(answer);
  await letTheNightPass(thread.id);
  await page.reload();
  const answered = threadItem(page, thread.id).getByRole('list', { name: 'Gesprek' });
  await expect(answered).toContainText(answer);
  await expect(answered).toContainText('De schrijver');
  await expectAnonymousAndFitting(page, author, width);

  await switchLanguage(page, 'en');
  await threadItem(page, thread.id).getByText('Reply again', { exact: true }).click();
  await expect(threadItem(page, thread.id).getByRole('list', { name: 'Conversation' })).toContainText('The author');
  expect(await seriousViolations(page), `team page at ${width} px in en`).toEqual([]);
  await switchLanguage(authorPage, 'en');
  await expect(authorPage.getByRole('region', { name: 'Conversations about your comments' })).toBeVisible();
  await expect(threadItem(authorPage, thread.id).getByLabel('Your answer')).toBeVisible();
  expect(await seriousViolations(authorPage), `/me at ${width} px in en`).toEqual([]);
  await authorPage.context().close();
}

test('a leader replies on a comment, its author answers on /me without being named, the leader reads it (1280 px)', async ({
  browser,
  page,
}) => {
  await playConversation(browser, page, 0, 1280);
});

test('the same conversation on a phone (390 px)', async ({ browser, page }) => {
  await playConversation(browser, page, 1, 390);
});

test('comments carry the line their author tagged them with, and the team page filters by it', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const { teamId, month, threads } = await servicedeskComments(page);
  const tagged = threads.find((thread) => thread.line !== null)!;
  const sameLine = threads.filter((thread) => thread.line === tagged.line);
  await page.goto(`/team/${teamId}?period=month&at=${month}`);
  const comments = page.getByRole('region', { name: /Opmerkingen/ });
  const items = comments.locator('li:has(input[name="commentId"])');
  await expect(items).toHaveCount(threads.length);

  const lineName = ['Waarden', 'Rol', 'Bijdrage', 'Integriteit'][tagged.line! - 1]!;
  await comments.getByLabel('Toon opmerkingen over').selectOption(String(tagged.line));
  await expect(items).toHaveCount(sameLine.length);
  for (const item of await items.all()) await expect(item).toContainText(`Over: ${lineName}`);
  const api = (await (
    await page.request.get(`/api/v1/teams/${teamId}/comments?period=month&at=${month}&line=${tagged.line}`)
  ).json()) as { comments: { id: string }[] };
  expect(api.comments.map((comment) => comment.id)).toEqual(sameLine.map((thread) => thread.id));
  expect(await seriousViolations(page)).toEqual([]);
  await comments.getByLabel('Toon opmerkingen over').selectOption('');
  await expect(items).toHaveCount(threads.length);

  const refused = await page.request.get(`/api/v1/teams/${teamId}/comments?period=month&at=${month}&line=7`);
  expect(refused.status()).toBe(422);
  const unknown = await page.request.post('/api/v1/comments/00000000-0000-4000-8000-000000000000/replies', {
    data: { body: 'Dank je' },
  });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({
    error: { code: 'not_found', message: 'There is no comment with this id that you can see.' },
  });
  const empty = await page.request.post(`/api/v1/comments/${tagged.id}/replies`, { data: { body: ' ' } });
  expect(empty.status()).toBe(422);
  expect(((await empty.json()) as { error: { message: string } }).error.message).toBe(
    'Write a reply before you send it.',
  );
});

test('an employee tags their comment with a line in the survey, and finds it again', async ({ page }) => {
  // An employee of their own: the demo employee's pulse is the phone survey spec's, which runs alongside.
  const sql = e2eDatabase()!;
  const { email } = await createEmployee(sql, 'comment-line').finally(() => sql.end());
  await signIn(page, email);
  await page.goto('/survey');
  const questions = page.getByRole('group');
  for (let index = 0; index < (await questions.count()); index++)
    await questions.nth(index).getByRole('radio', { name: 'Eens', exact: true }).check();
  await page.getByLabel(/Wil je nog iets kwijt/).fill('Ik zie niet wat mijn werk bijdraagt.');
  await page.getByLabel('Waarover gaat je opmerking? (optioneel)').selectOption('3');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /Antwoorden (versturen|bijwerken)/ }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();
  await page.goto('/survey');
  await expect(page.getByLabel('Waarover gaat je opmerking? (optioneel)')).toHaveValue('3');
  await switchLanguage(page, 'en');
  await expect(page.getByLabel('What is your comment about? (optional)')).toHaveValue('3');
  expect(await seriousViolations(page)).toEqual([]);
});
