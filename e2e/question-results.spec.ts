import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentNamed } from './support/org-report';
import { teamIdForHr } from './support/team-page';
import { expect, test } from './support/test';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const WORDS = {
  nl: {
    title: 'Vragen',
    summary: /^Lijn 1 · .*: \d+ van \d+ vragen getoond$/,
    score: 'Score',
    guidance: 'Begin bij de zwakste vragen van deze lijn:',
  },
  en: {
    title: 'Questions',
    summary: /^Line 1 · .*: \d+ of \d+ questions shown$/,
    score: 'Score',
    guidance: 'Start with the weakest questions of this line:',
  },
} as const;

/** The questions section: folded per line, a line opened shows its questions with a score or the reason they are hidden. */
async function checkQuestions(page: Page, lang: 'nl' | 'en', width: number) {
  const words = WORDS[lang];
  const section = page.getByRole('region', { name: words.title, exact: true });
  await expect(section).toBeVisible();
  const first = section.locator('details').first();
  await expect(first).not.toHaveAttribute('open');
  await expect(first.locator('li').first()).toBeHidden();
  await first.locator('summary').click();
  await expect(first).toHaveAttribute('open');
  await expect(first.locator('summary')).toHaveText(words.summary);
  const questions = first.locator('li');
  expect(await questions.count()).toBeGreaterThan(0);
  await expect(questions.first()).toContainText(words.score);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  expect(await seriousViolations(page), `${page.url()} in ${lang} at ${width}px`).toEqual([]);
}

for (const { width, height } of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('a team page and a department page show the questions of the month per line, in Dutch and in English', async ({
      page,
      browser,
    }) => {
      test.setTimeout(180_000);
      await signIn(page, ACCOUNTS.hr.email);
      const productie = await departmentNamed(page, 'Productie');
      const servicedesk = await teamIdForHr(browser, 'Servicedesk');
      for (const lang of ['nl', 'en'] as const) {
        if (lang === 'en') {
          await page.getByRole('button', { name: 'English' }).click();
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        }
        await page.goto(`/team/${servicedesk}?period=month`);
        await expect(page.getByText(WORDS[lang].guidance).first()).toBeVisible();
        await checkQuestions(page, lang, width);
        await page.goto(`/org/departments/${productie.id}?period=month`);
        await checkQuestions(page, lang, width);
      }
    });
  });
}
