import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { ADMIN_APIS, ADMIN_PAGES, HR_APIS, HR_PAGES } from './support/hr-admin-pages';
import { expect, test } from './support/test';

const filled = (path: string) => path.replace('{person}', '1').replace('{item}', '1');

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const key of ['employee', 'leader'] as const) {
  test(`the ${key} gets 403 from every HR and admin page and API`, async ({ page }) => {
    await signIn(page, ACCOUNTS[key].email);
    for (const path of [...HR_PAGES, ...ADMIN_PAGES].map(filled)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    }
    for (const path of [...HR_APIS, ...ADMIN_APIS]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.json(), path).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
    const upload = await page.request.post('/api/v1/people/import?mode=apply', {
      data: 'email,name,department,team,role,leader_email\nx@demo.test,X,D,T,admin,',
      headers: { 'content-type': 'text/csv' },
    });
    expect(upload.status()).toBe(403);
  });
}

test('HR and admin pages have no serious or critical accessibility violation', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const path of HR_PAGES.map(filled)) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto('/org/people/import');
  await page
    .getByLabel('Of plak de inhoud hier')
    .fill('email,name,department,team,role,leader_email\nbroken,B,Productie,Magazijn,,');
  await page.getByRole('button', { name: 'Proefdraai' }).click();
  await expect(page.getByText('Regel 2')).toBeVisible();
  expect(await seriousViolations(page), 'import errors').toEqual([]);

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin.email);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
