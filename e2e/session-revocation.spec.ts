import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { signIn, signedInPage } from './support/demo-accounts';
import { E2E_AUTH_SECRET } from './support/e2e-environment';
import { createEmployee, workerDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

const SESSION_COOKIE = 'authjs.session-token';
const sql = workerDatabase();

test.skip(!sql, 'needs the e2e server on Postgres (DATABASE_URL) to add people of its own');

test('a copy of the session cookie stops working once its session signs out', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const { email } = await createEmployee(sql!, 'signout');
  const page = await signedInPage(browser, email);
  const copy = await playwright.request.newContext({ baseURL, storageState: await page.context().storageState() });
  expect((await copy.get('/api/v1/me')).status()).toBe(200);

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login/);

  expect((await copy.get('/api/v1/me')).status()).toBe(401);
  expect(await (await copy.get('/api/auth/session')).json()).toBeNull();
  expect((await copy.get('/survey', { maxRedirects: 0 })).headers().location ?? '').toMatch(/\/login/);
  await copy.dispose();
});

test('signing out everywhere ends the sessions on every device, and signing in again works', async ({ browser }) => {
  const { email } = await createEmployee(sql!, 'everywhere');
  const [laptop, phone] = [await signedInPage(browser, email), await signedInPage(browser, email)];
  expect((await phone.request.get('/api/v1/me')).status()).toBe(200);

  await laptop.goto('/me');
  await laptop.getByRole('button', { name: 'Overal afmelden' }).click();
  await expect(laptop).toHaveURL(/\/login/);

  expect((await phone.request.get('/api/v1/me')).status()).toBe(401);
  await phone.goto('/survey');
  await expect(phone).toHaveURL(/\/login/);
  await signIn(phone, email);
  expect((await phone.request.get('/api/v1/me')).status()).toBe(200);
});

test('a session older than its absolute lifetime is refused, however recently it was renewed, and its cookie is cleared', async ({
  playwright,
  baseURL,
}) => {
  const { personId, email } = await createEmployee(sql!, 'lifetime');
  const now = Math.floor(Date.now() / 1000);
  const cookie = async (authTime: number) => {
    const claims = {
      personId,
      roles: ['employee'],
      sessionId: randomUUID(),
      sessionVersion: 0,
      authTime,
      sub: String(personId),
      email,
    };
    return `${SESSION_COOKIE}=${await encode({ secret: E2E_AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 8 * 60 * 60, token: claims })}`;
  };
  const request = await playwright.request.newContext({ baseURL });
  const fresh = await cookie(now - 11 * 60 * 60);
  expect((await request.get('/api/v1/me', { headers: { cookie: fresh } })).status()).toBe(200);

  const old = await cookie(now - 12 * 60 * 60 - 60);
  expect((await request.get('/api/v1/me', { headers: { cookie: old } })).status()).toBe(401);
  const page = await request.get('/survey', { headers: { cookie: old }, maxRedirects: 0 });
  expect(page.headers().location ?? '').toMatch(/\/login/);
  expect(
    page
      .headersArray()
      .some(({ name, value }) => name.toLowerCase() === 'set-cookie' && value.startsWith(`${SESSION_COOKIE}=;`)),
  ).toBe(true);
  await request.dispose();
});
