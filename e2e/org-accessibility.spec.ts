import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentNamed } from './support/org-report';
import { expect, test } from './support/test';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('/org and a department page have no serious or critical accessibility violation, in Dutch and in English', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, ACCOUNTS.hr.email);
  const productie = await departmentNamed(page, 'Productie');
  const other = await departmentNamed(page, 'Verkoop & Marketing');
  const pages = [
    `/org?period=month&expand=${productie.id}&sort=line-2&order=desc&compare=1&department=${productie.id}&department=${other.id}`,
    '/org?compare=1',
    `/org/departments/${productie.id}?period=week`,
  ];
  for (const [language, lang] of [
    ['Nederlands', 'nl'],
    ['English', 'en'],
  ] as const) {
    await page.goto('/org');
    if (lang === 'en') {
      await page.getByRole('button', { name: language }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Organisation' : 'Organisatie');
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('table').first()).toBeVisible();
      for (const summary of await page.locator('summary').all()) await summary.click();
      expect(await seriousViolations(page), `${path} in ${lang}`).toEqual([]);
    }
  }
});

test('the organisation heatmap is a real table with a caption, column headers and row headers', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const heatmap = page.getByRole('table', { name: /^Afdelingen × de vier lijnen, / });
  await expect(heatmap.locator('caption')).toHaveText(/^Afdelingen × de vier lijnen, /);
  await expect(heatmap.locator('thead th[scope=col]')).toHaveCount(7);
  await expect(heatmap.getByRole('columnheader')).toHaveCount(7);
  expect(await heatmap.locator('tbody th[scope=row]').count()).toBeGreaterThanOrEqual(6);
  expect(await heatmap.locator('tbody td').count()).toBe((await heatmap.locator('tbody th[scope=row]').count()) * 6);
});
