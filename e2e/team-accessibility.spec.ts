import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { teamIdOf } from './support/team-page';
import { expect, test } from './support/test';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function switchLanguage(page: Page, name: 'English' | 'Nederlands', lang: 'en' | 'nl') {
  await page.getByRole('button', { name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('/team and a team page have no serious or critical accessibility violation, in Dutch and in English', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader.email);
  const servicedesk = await teamIdOf(page, 'Servicedesk');
  for (const [language, lang] of [
    ['Nederlands', 'nl'],
    ['English', 'en'],
  ] as const) {
    await page.goto('/team');
    if (lang === 'en') await switchLanguage(page, language, lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'My teams' : 'Mijn teams');
    expect(await seriousViolations(page), `/team in ${lang}`).toEqual([]);
    await page.goto(`/team/${servicedesk}`);
    await page.getByText(lang === 'en' ? 'Show the figures as a table' : 'Toon de cijfers als tabel').click();
    expect(await seriousViolations(page), `/team/${servicedesk} in ${lang}`).toEqual([]);
  }
});

test('the heatmaps are real tables with a caption, column headers and row headers', async ({ page }) => {
  await signIn(page, ACCOUNTS.head.email);
  const heatmap = page.getByRole('table', { name: /Je teams × de vier lijnen/ });
  await expect(heatmap).toBeVisible();
  await expect(heatmap.getByRole('columnheader')).toHaveCount(7);
  expect(await heatmap.getByRole('rowheader').count()).toBeGreaterThan(8);
  await expect(heatmap.locator('caption')).toHaveText(/Je teams × de vier lijnen, /);
  await expect(heatmap.locator('th[scope=col]')).toHaveCount(7);
  expect(await heatmap.locator('th[scope=row]').count()).toBeGreaterThan(8);
});
