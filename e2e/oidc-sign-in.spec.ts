import type { Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { E2E_IDP, unverifiedLogin } from './support/e2e-identity-provider';
import { createEmployee, createPerson, workerDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

const sql = workerDatabase();

test.skip(!sql, 'needs the e2e server on Postgres (DATABASE_URL) to add people of its own');

/**
 * Presses the provider's button on Verbinding's sign-in page and signs in on the provider's own page
 * (oidc-provider's development form: any password), which sends the browser back to Verbinding.
 */
async function signInAtProvider(page: Page, login: string) {
  await page.goto('/login');
  await page.getByRole('button', { name: `Aanmelden met ${E2E_IDP.name}` }).click();
  await expect(page).toHaveURL((url) => url.origin === E2E_IDP.issuer);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('whatever the provider checks');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page).not.toHaveURL((url) => url.origin === E2E_IDP.issuer);
}

/** Auth.js's page for a refused sign-in, the one Microsoft Entra ID's refusals get too; and no session. */
async function expectRefused(page: Page) {
  await expect(page).toHaveURL(/\/api\/auth\/error\?error=AccessDenied/);
  await expect(page.getByText('You do not have permission to sign in.')).toBeVisible();
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
}

test('an active person signs in through the OpenID Connect provider, matched by email whatever its case, and it is audited', async ({
  page,
}) => {
  const { personId, email } = await createEmployee(sql!, 'oidc');
  await signInAtProvider(page, email.toUpperCase());
  await expect(page).toHaveURL(/\/survey$/);
  await expect(page.getByText(/Aangemeld als/)).toBeVisible();
  expect(await (await page.request.get('/api/v1/me')).json()).toMatchObject({ personId, email });
  const entries = await sql!<{ method: string }[]>`
    select after->>'method' as method from audit_log
    where action = 'session.sign-in' and actor_id = ${personId}`;
  expect(entries).toEqual([{ method: E2E_IDP.id }]);
});

test('an email nobody in Verbinding has is refused', async ({ page }) => {
  await signInAtProvider(page, 'nobody.at.all@demo.test');
  await expectRefused(page);
});

test('a deactivated person is refused', async ({ page }) => {
  const { personId, email } = await createPerson(sql!, 'oidc-inactive');
  await sql!`update people set active = false where id = ${personId}`;
  await signInAtProvider(page, email);
  await expectRefused(page);
});

test('an active person is refused when the provider does not say their email is verified', async ({ page }) => {
  const { personId, email } = await createEmployee(sql!, 'oidc-unverified');
  await signInAtProvider(page, unverifiedLogin(email));
  await expectRefused(page);
  const entries = await sql!`select 1 from audit_log where action = 'session.sign-in' and actor_id = ${personId}`;
  expect(entries).toHaveLength(0);
});

test('the sign-in page offers the provider by its name, in Dutch and in English', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: `Aanmelden met ${E2E_IDP.name}` })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: `Sign in with ${E2E_IDP.name}` })).toBeVisible();
});

test('the admin page describes the provider in words: its name and its address', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.goto('/admin');
  const signInSection = page.getByRole('region', { name: 'Aanmeldmethoden' });
  await expect(signInSection.getByText(`${E2E_IDP.name}-account (OpenID Connect)`)).toBeVisible();
  await expect(signInSection.getByText(`Adres van ${E2E_IDP.name} (issuer): ${E2E_IDP.issuer}`)).toBeVisible();
  await expect(signInSection.getByText(/andere identiteitsprovider/)).toHaveCount(0);
});
