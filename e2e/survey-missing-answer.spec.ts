import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signIn } from './support/demo-accounts';
import { createEmployee, e2eDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

// A phone 390 px wide.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const NOTICE = { nl: 'De pulse van deze week staat voor je klaar.', en: "This week's pulse is waiting for you." };
const notice = (page: Page, lang: 'nl' | 'en') => page.getByRole('status').filter({ hasText: NOTICE[lang] });
const questions = (page: Page) => page.getByRole('group');

/** An employee of the spec's own, so that no other spec answers the same pulse alongside. */
async function signedInEmployee(page: Page, label: string) {
  const sql = e2eDatabase()!;
  const { email } = await createEmployee(sql, label).finally(() => sql.end());
  await signIn(page, email);
}

test('sending with an answer missing points at the first unanswered question, and the notice goes once sent', async ({
  page,
}) => {
  await signedInEmployee(page, 'missing-answer');
  await page.goto('/me');
  await expect(notice(page, 'nl')).toBeVisible();
  await notice(page, 'nl').getByRole('link', { name: 'Nu beantwoorden' }).click();
  await expect(page).toHaveURL(/\/survey$/);
  await expect(questions(page)).toHaveCount(8);
  await expect(notice(page, 'nl')).toHaveCount(0);

  for (const index of [0, 1, 2, 3, 4, 6, 7])
    await questions(page).nth(index).getByRole('radio', { name: 'Eens', exact: true }).check();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();

  const missing = questions(page).nth(5);
  await expect(missing).toBeFocused();
  await expect(missing).toBeInViewport();
  await expect(missing).toHaveAttribute('aria-invalid', 'true');
  await expect(missing).toHaveAccessibleDescription('Kies een antwoord op deze stelling.');
  await expect(missing.getByText('Kies een antwoord op deze stelling.')).toBeVisible();
  await expect(questions(page).nth(4)).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Beantwoord eerst alle vragen: nog 1 open.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await missing.getByRole('radio', { name: 'Oneens', exact: true }).check();
  await expect(missing).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();
  await expect(notice(page, 'nl')).toHaveCount(0);

  // On to another page inside the app (the layout stays), and afresh: no notice either way.
  await page.getByRole('link', { name: 'Bekijk je resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn resultaten' })).toBeVisible();
  await expect(notice(page, 'nl')).toHaveCount(0);
  await page.goto('/me');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn resultaten' })).toBeVisible();
  await expect(notice(page, 'nl')).toHaveCount(0);
});

test('in English, the first question left open is focused and explained, and the page stays accessible', async ({
  page,
}) => {
  await signedInEmployee(page, 'missing-answer-en');
  await page.goto('/survey');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(notice(page, 'en')).toHaveCount(0);
  await questions(page).nth(7).getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Send answers' }).click();

  const first = questions(page).first();
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(first).toHaveAccessibleDescription('Choose an answer to this statement.');
  // Every statement left open is marked; the one answered is not.
  await expect(page.locator('fieldset[aria-invalid="true"]')).toHaveCount(7);
  await expect(questions(page).nth(7)).not.toHaveAttribute('aria-invalid');
  expect(await seriousViolations(page)).toEqual([]);
});
