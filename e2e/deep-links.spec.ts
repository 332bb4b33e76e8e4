import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, DEMO_PASSWORD, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

/** The sign-in form filled in where the visitor already is (signIn() of the support goes to /login first). */
async function signInHere(page: Page, email: string, lang: 'nl' | 'en' = 'nl') {
  await page.getByLabel(lang === 'nl' ? 'E-mailadres' : 'Email address').fill(email);
  await page.getByLabel(lang === 'nl' ? 'Wachtwoord' : 'Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'nl' ? 'Aanmelden' : 'Sign in', exact: true }).click();
}

/** The id of the leader's first team, as the leader's API gives it; the page is signed out again after. */
async function leadersTeamId(page: Page): Promise<number> {
  await signIn(page, ACCOUNTS.leader.email);
  const { teams } = (await (await page.request.get('/api/v1/teams')).json()) as { teams: { id: number }[] };
  await page.context().clearCookies();
  return teams[0]!.id;
}

test('a team page asked for signed out is where the leader lands after signing in, query and all', async ({ page }) => {
  const teamId = await leadersTeamId(page);
  await page.goto(`/team/${teamId}?period=week`);
  await expect(page).toHaveURL(`/login?${new URLSearchParams({ callbackUrl: `/team/${teamId}?period=week` })}`);
  await signInHere(page, ACCOUNTS.leader.email);
  await expect(page).toHaveURL(`/team/${teamId}?period=week`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the sign-in redirect carries only a path and keeps the host the browser used', async ({ request }) => {
  const variants: Record<string, string>[] = [
    {},
    { host: 'verbinding.example.org' },
    { 'x-forwarded-host': 'verbinding.example.org' },
  ];
  for (const headers of variants) {
    const response = await request.get('/team/15?period=week', { maxRedirects: 0, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(307);
    expect(response.headers().location, JSON.stringify(headers)).toBe(
      '/login?callbackUrl=%2Fteam%2F15%3Fperiod%3Dweek',
    );
  }
});

test('a page the person may not open, and any other site, lead to their home instead', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL('/login?callbackUrl=%2Fadmin');
  await signInHere(page, ACCOUNTS.employee.email);
  await expect(page).toHaveURL('/survey');
  await page.context().clearCookies();

  for (const callback of ['https://evil.example/team', '//evil.example/team', '/\\evil.example']) {
    await page.goto(`/login?${new URLSearchParams({ callbackUrl: callback })}`);
    await signInHere(page, ACCOUNTS.leader.email);
    await expect(page, callback).toHaveURL('/team');
    await page.context().clearCookies();
  }
});

test('in English too, and the sign-in page with a callback has no serious accessibility violation', async ({
  page,
}) => {
  await page.goto('/me?tab=history');
  await expect(page).toHaveURL('/login?callbackUrl=%2Fme%3Ftab%3Dhistory');
  expect(await seriousViolations(page), 'nl').toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL('/login?callbackUrl=%2Fme%3Ftab%3Dhistory');
  expect(await seriousViolations(page), 'en').toEqual([]);
  await signInHere(page, ACCOUNTS.employee.email, 'en');
  await expect(page).toHaveURL('/me?tab=history');
  await expect(page.getByRole('heading', { level: 1, name: 'My results' })).toBeVisible();
});
