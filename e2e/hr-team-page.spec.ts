import { ACCOUNTS, signIn } from './support/demo-accounts';
import { teamIdForHr } from './support/team-page';
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
  // Guidance speaks about the team, not to its leader, and leads to no form HR does not have.
  const guidance = page.getByRole('region', { name: 'Richtlijnen uit het model' });
  await expect(guidance).toContainText('drie dingen voor de volgende vergadering van het team');
  await expect(guidance.getByRole('heading', { name: 'Drie dingen voor je volgende teamvergadering' })).toHaveCount(0);
  await expect(guidance.locator('a[href="#record-action"]')).toHaveCount(0);
  await expect(page.locator('#record-action')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Kwaliteitscontrole door de tijd' })).toBeVisible();
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

test('a team too small for results of its own says so once, and where its answers count, instead of empty cards', async ({
  page,
  browser,
}) => {
  const small = await teamIdForHr(browser, 'Juridische Zaken');
  await signIn(page, ACCOUNTS.hr.email);
  expect((await page.goto(`/team/${small}`))?.status()).toBe(200);
  const notice = page.getByRole('region', { name: 'Te klein voor eigen resultaten' });
  await expect(notice).toContainText(
    'Juridische Zaken heeft 3 leden; resultaten worden getoond voor groepen van minstens 5. De antwoorden tellen mee in de resultaten van Financiën & Administratie',
  );
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.locator('#trend')).toHaveCount(0);
  await expect(page.getByText(/Niet getoond/)).toHaveCount(0);
  await notice.getByRole('link', { name: 'Bekijk de resultaten van Financiën & Administratie →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Financiën & Administratie' })).toBeVisible();
});
