import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

test('HR opens a team from the organisation heatmap and reads its results and actions without recording any', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const table = page.getByRole('table', { name: /^Afdelingen × de vier lijnen, / });
  const productie = table.getByRole('link', { name: 'Productie', exact: true });
  await productie.click();
  await expect(productie).toHaveAttribute('aria-expanded', 'true');
  const at = new URL(page.url()).searchParams.get('at');
  await table.getByRole('rowheader', { name: 'Kwaliteitscontrole', exact: true }).getByRole('link').click();

  await expect(page).toHaveURL(new RegExp(`/team/\\d+\\?period=month&at=${at}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Kwaliteitscontrole' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← Naar de organisatie' })).toHaveAttribute('href', '/org');
  await expect(page.locator('#trend')).toBeVisible();
  const actions = page.getByRole('region', { name: 'Acties' });
  await expect(actions).toContainText('Wat de leiding van het team vastlegde');
  await expect(actions.getByRole('button')).toHaveCount(0);
  await expect(actions.getByRole('textbox')).toHaveCount(0);
});

test('HR gets 404 for a team that does not exist, whatever its id', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const path of ['/team/999999', '/team/99999999999', '/team/abc'])
    expect((await page.goto(path))?.status(), path).toBe(404);
  expect((await page.goto('/team'))?.status()).toBe(403);
});
