// Who may open the organisation's and a department's reports and exports, and what a bad export request gets.
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentsForHr } from './support/org-report';
import { expect, test } from './support/test';

const ANOTHER_DEPARTMENT = 'Verkoop & Marketing';

test('the head of Productie opens Productie’s page and export, not another department’s nor the organisation', async ({
  page,
  browser,
}) => {
  const [productie, declining] = await departmentsForHr(browser, ['Productie', ANOTHER_DEPARTMENT]);
  await signIn(page, ACCOUNTS.head.email);
  expect((await page.goto(`/org/departments/${productie!.id}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Productie' })).toBeVisible();
  expect((await page.request.get(`/api/v1/export/heatmap.csv?unit=department:${productie!.id}`)).status()).toBe(200);
  expect((await page.goto(`/org/departments/${declining!.id}`))?.status()).toBe(403);
  expect((await page.goto('/org'))?.status()).toBe(403);
  expect((await page.request.get('/api/v1/export/heatmap.csv?unit=org')).status()).toBe(403);
});

for (const key of ['employee', 'leader'] as const) {
  test(`the ${key} gets 403 from /org, a department page and the heatmap export`, async ({ page, browser }) => {
    const [productie] = await departmentsForHr(browser, ['Productie']);
    await signIn(page, ACCOUNTS[key].email);
    for (const path of [
      '/org',
      '/org?period=week&expand=1&compare=1&department=1&department=2',
      `/org/departments/${productie!.id}`,
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    }
    for (const unit of ['org', `department:${productie!.id}`]) {
      const response = await page.request.get(`/api/v1/export/heatmap.csv?unit=${unit}&period=month`);
      expect(response.status(), unit).toBe(403);
      expect(await response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
  });
}

test('bad export parameters get a 422 that says what is wrong', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const query of [
    'unit=team:1',
    'period=year',
    'period=month&at=1999-01',
    'expand=abc',
    'sort=line-9',
    'order=up',
  ]) {
    const response = await page.request.get(`/api/v1/export/heatmap.csv?${query}`);
    expect(response.status(), query).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  }
});
