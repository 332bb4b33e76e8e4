import AxeBuilder from '@axe-core/playwright';
import { type Page, devices } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

test.use({
  viewport: devices['Pixel 7'].viewport,
  userAgent: devices['Pixel 7'].userAgent,
  hasTouch: true,
  isMobile: true,
});

const questions = (page: Page) => page.getByRole('group');
const option = (page: Page, index: number, label: string) =>
  questions(page).nth(index).getByRole('radio', { name: label, exact: true });

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
}

test('an employee answers on a phone, keeps a draft, submits, revises and sees it in their results', async ({
  page,
}) => {
  page.on('dialog', () => {
    throw new Error('a comment was run as script');
  });
  await signIn(page, ACCOUNTS.employee.email);
  await page.goto('/survey');
  await expect(questions(page)).toHaveCount(8);
  for (const index of [0, 1, 2]) await option(page, index, 'Eens').check();
  await expect(page.getByText('3 van 8 beantwoord')).toBeVisible();

  await page.goto('/me');
  await page.goto('/survey');
  await expect(page.getByText('Je antwoorden van eerder zijn bewaard op dit toestel')).toBeVisible();
  await expect(page.getByText('3 van 8 beantwoord')).toBeVisible();
  await expect(option(page, 0, 'Eens')).toBeChecked();

  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(page.getByText('Beantwoord eerst alle vragen: nog 5 open.')).toBeVisible();
  for (const index of [3, 4, 5, 6, 7]) await option(page, index, 'Helemaal eens').check();
  await expect(
    page.getByText(
      /^De leiding van je team ziet opmerkingen per maand, .* minstens 10 collega's van je team antwoordden\./,
    ),
  ).toBeVisible();
  await page.getByLabel(/Wil je nog iets kwijt/).fill('<script>alert("x")</script> Meer overleg graag.');
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();

  await page.getByRole('link', { name: 'Bekijk je resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn resultaten' })).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  // The open pulse's week is not published yet: next to the employee's own scores, the team's say so.
  const thisWeek = page.getByRole('list', { name: 'Jij en je team' }).getByRole('listitem').first();
  await expect(thisWeek.getByRole('definition').first()).toContainText('Team: nog niet gepubliceerd');
  const latest = page.getByRole('region', { name: 'Mijn antwoorden' }).getByRole('listitem').first();
  await latest.locator('summary').click();
  await expect(latest.getByText('<script>alert("x")</script> Meer overleg graag.')).toBeVisible();
  await expect(latest.getByText('5 · Helemaal eens')).toHaveCount(5);

  await page.goto('/survey');
  await expect(page.getByText('Je hebt deze pulse beantwoord.', { exact: false }).first()).toBeVisible();
  await expect(option(page, 7, 'Helemaal eens')).toBeChecked();
  await option(page, 7, 'Helemaal oneens').check();
  await page.getByRole('button', { name: 'Antwoorden bijwerken' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();
  await page.goto('/me');
  const revised = page.getByRole('region', { name: 'Mijn antwoorden' }).getByRole('listitem').first();
  await revised.locator('summary').click();
  await expect(revised.getByText('5 · Helemaal eens')).toHaveCount(4);
  await expect(revised.getByText('1 · Helemaal oneens')).toHaveCount(1);
});

test('a pulse can be answered with the keyboard alone', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  await page.goto('/survey');
  await expect(questions(page)).toHaveCount(8);
  const focusedType = () => page.evaluate(() => document.activeElement?.getAttribute('type'));
  for (let presses = 0; presses < 40 && (await focusedType()) !== 'radio'; presses++) await page.keyboard.press('Tab');
  for (let question = 0; question < 8; question++) {
    if (question > 0) await page.keyboard.press('Tab');
    expect(await focusedType()).toBe('radio');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByText('8 van 8 beantwoord')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Met het toetsenbord ingevuld.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Waarover gaat je opmerking? (optioneel)')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeFocused();
  await page.goto('/survey');
  await expect(option(page, 0, 'Neutraal')).toBeChecked();
});

test('the survey and my results have no serious accessibility violation, in Dutch and English', async ({ page }) => {
  await signIn(page, ACCOUNTS.head.email);
  for (const language of ['Nederlands', 'English']) {
    await page.goto('/survey');
    await page.getByRole('button', { name: language }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'nl');
    // The switch re-renders the page: scan it once its title is back, not in between.
    await expect(page).toHaveTitle(/\S/);
    expect(await seriousViolations(page), `/survey ${language}`).toEqual([]);
    await page.goto('/me');
    expect(await seriousViolations(page), `/me ${language}`).toEqual([]);
  }
});
