import { type Browser, type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'verbinding-demo';

export interface AccountExpectation {
  email: string;
  home: string;
  /** Pages of roles the account does not hold. */
  refusedPages: string[];
  /** APIs of roles the account does not hold. */
  refusedApis: string[];
  allowedApis: string[];
}

const ALL_PAGES = ['/survey', '/team', '/org', '/admin'];
const API = {
  me: '/api/v1/me',
  memberships: '/api/v1/me/memberships',
  teams: '/api/v1/teams',
  departments: '/api/v1/departments',
  admin: '/api/v1/admin/overview',
};

function account(email: string, home: string, allowedPages: string[], allowedApis: string[]): AccountExpectation {
  return {
    email,
    home,
    refusedPages: ALL_PAGES.filter((page) => !allowedPages.includes(page)),
    refusedApis: Object.values(API).filter((api) => !allowedApis.includes(api)),
    allowedApis,
  };
}

export const ACCOUNTS = {
  employee: account('employee@demo.test', '/survey', ['/survey'], [API.me, API.memberships]),
  leader: account('leader@demo.test', '/team', ['/team', '/survey'], [API.me, API.memberships, API.teams]),
  head: account('head@demo.test', '/team', ['/team', '/survey'], [API.me, API.memberships, API.teams]),
  hr: account('hr@demo.test', '/org', ['/org', '/survey'], [API.me, API.memberships, API.departments]),
  admin: account('admin@demo.test', '/admin', ['/admin'], [API.me, API.admin]),
} satisfies Record<string, AccountExpectation>;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/e-mailadres|email address/i).fill(email);
  await page.getByLabel(/wachtwoord|password/i).fill(password);
  await page.getByRole('button', { name: /^(aanmelden|sign in)$/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A browser context of its own, signed in as the person: a device of theirs. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}
