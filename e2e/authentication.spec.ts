import AxeBuilder from '@axe-core/playwright';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

test('a visitor without a session is sent to the sign-in page', async ({ page }) => {
  await page.goto('/team');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Aanmelden bij Verbinding' })).toBeVisible();
});

test('a forged session cookie counts as no session, for pages and APIs', async ({ page, baseURL }) => {
  await page.context().addCookies([
    {
      name: 'authjs.session-token',
      value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged',
      url: baseURL!,
    },
  ]);
  await page.goto('/team');
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('a page load shortly after signing in keeps the session cookie as it is', async ({ page }) => {
  await signIn(page, ACCOUNTS.employee.email);
  const response = await page.request.get('/survey', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(
    response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === 'set-cookie' && header.value.includes('session-token')),
  ).toEqual([]);
});

test('the APIs answer 401 without a session, never data', async ({ request }) => {
  const response = await request.get('/api/v1/me');
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
});

test('a wrong password and an unknown email get the same generic message', async ({ page }) => {
  for (const email of [ACCOUNTS.employee.email, 'nobody@demo.test']) {
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('wrong-password');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Dit e-mailadres en wachtwoord horen niet bij een actief account. Probeer het opnieuw.',
    );
    await expect(page).toHaveURL(/\/login/);
  }
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, ACCOUNTS.employee.email);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('the language switch changes the interface to English and is remembered', async ({ page }) => {
  await signIn(page, ACCOUNTS.employee.email);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My pulse' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My pulse' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn pulse' })).toBeVisible();
});

test('the health check reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('the sign-in page and each home have no serious accessibility violation', async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  await page.goto('/login');
  expect(await serious()).toEqual([]);
  for (const account of Object.values(ACCOUNTS)) {
    await page.context().clearCookies();
    await signIn(page, account.email);
    // The title streams in with the page's metadata, after the URL has changed.
    await expect(page).toHaveTitle(/\S/);
    expect(await serious(), account.home).toEqual([]);
  }
});
