import { type APIResponse, type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { ADMIN_PAGES, HR_PAGES } from './support/hr-admin-pages';
import { departmentsOf } from './support/org-report';
import { E2E_IDP } from './support/e2e-identity-provider';
import { expect, test } from './support/test';

const HEADERS_OF_EVERY_RESPONSE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  // The end-to-end server runs a production build.
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};
const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb'];
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
const AUTH_PAGES_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

function expectHeadersOfEveryResponse(response: APIResponse, what: string) {
  expect(response.headers(), what).toMatchObject(HEADERS_OF_EVERY_RESPONSE);
  const permissions = response.headers()['permissions-policy'] ?? '';
  for (const feature of DENIED_FEATURES) expect(permissions, what).toContain(`${feature}=()`);
}

/** The page's policy, its directives by name, after checking it is strict. */
function expectStrictPagePolicy(
  response: APIResponse,
  what: string,
): { nonce: string; directives: Map<string, string[]> } {
  const policy = response.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    policy.split(/;\s*/).map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]),
  );
  const scripts = directives.get('script-src') ?? [];
  const nonce = /^'nonce-([^']+)'$/.exec(scripts.find((source) => source.startsWith("'nonce-")) ?? '')?.[1];
  expect(nonce, `${what}: ${policy}`).toBeDefined();
  expect(scripts, what).toContain("'strict-dynamic'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  for (const [directive, sources] of [
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
  ]) {
    expect(directives.get(directive!), `${what}: ${directive}`).toEqual([sources]);
  }
  // Forms post to this site, whose answer may send the browser on to the configured identity provider.
  expect(directives.get('form-action'), `${what}: form-action`).toEqual(["'self'", new URL(E2E_IDP.issuer).origin]);
  return { nonce: nonce!, directives };
}

test('every kind of response carries the security headers; pages a strict policy with a nonce, the API one that allows nothing', async ({
  page,
}) => {
  const login = await page.request.get('/login');
  const loginHtml = await login.text();
  const asset = /<script[^>]* src="(\/_next\/static\/[^"]+)"/.exec(loginHtml)?.[1];
  expect(asset).toBeDefined();
  const signedOut = {
    'the sign-in page': login,
    'the redirect to sign in': await page.request.get('/team', { maxRedirects: 0 }),
    'a static asset': await page.request.get(asset!),
    'an API answer': await page.request.get('/api/health'),
    'an API refusal': await page.request.get('/api/v1/me'),
    'a page of Auth.js': await page.request.get('/api/auth/error'),
  };
  expect(signedOut['the redirect to sign in'].status()).toBe(307);
  expect(signedOut['an API refusal'].status()).toBe(401);

  await signIn(page, ACCOUNTS.employee.email);
  const signedIn = {
    'a page': await page.request.get('/survey'),
    'the not-found page': await page.request.get('/no-such-page'),
    'the forbidden page': await page.request.get('/admin'),
  };
  expect(signedIn['the not-found page'].status()).toBe(404);
  expect(signedIn['the forbidden page'].status()).toBe(403);

  for (const [what, response] of Object.entries({ ...signedOut, ...signedIn }))
    expectHeadersOfEveryResponse(response, what);
  for (const what of ['the sign-in page', 'the redirect to sign in'] as const)
    expectStrictPagePolicy(signedOut[what], what);
  for (const [what, response] of Object.entries(signedIn)) expectStrictPagePolicy(response, what);
  for (const what of ['an API answer', 'an API refusal'] as const)
    expect(signedOut[what].headers()['content-security-policy'], what).toBe(API_POLICY);
  expect(signedOut['a page of Auth.js'].headers()['content-security-policy']).toBe(AUTH_PAGES_POLICY);
});

test('every script and style element of a page carries its response’s nonce, and every response gets a new one', async ({
  request,
}) => {
  const nonces = [];
  for (const path of ['/login', '/login']) {
    const response = await request.get(path);
    const { nonce } = expectStrictPagePolicy(response, path);
    const elements = (await response.text()).match(/<(script|style)\b[^>]*>/g) ?? [];
    expect(elements.length).toBeGreaterThan(0);
    for (const element of elements) expect(element).toContain(` nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

/** Serves /login with a script without the nonce put in, as a successful injection would. */
async function injectScriptIntoLogin(page: Page) {
  await page.route('**/login', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<head>', '<head><script>window.injected = true</script>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/login');
}

test('the policy refuses an injected script, and the test fixture notices', async ({ page, cspViolations }) => {
  await injectScriptIntoLogin(page);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  const seen: string[] = [];
  await expect.poll(() => seen.push(...cspViolations.take())).toBeGreaterThanOrEqual(2);
  // Chromium's console message, and the securitypolicyviolation event.
  expect(seen).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/inline script violates the following Content Security Policy directive 'script-src/),
      expect.stringMatching(/securitypolicyviolation: script-src-elem refused inline/),
    ]),
  );
});

test('a test that meets a CSP violation fails', async ({ page, cspViolations }) => {
  test.fail(true, 'the fixture fails every test that meets a violation; this one meets one on purpose');
  await injectScriptIntoLogin(page);
  // The browser reports the violation on its own time: the test ends once it has, not before.
  await expect.poll(() => cspViolations.count()).toBeGreaterThan(0);
});

/** Where a placeholder of a page's path points for the signed-in account. */
async function placeholdersFor(page: Page): Promise<Record<string, string>> {
  const teams = await page.request.get('/api/v1/teams');
  const team = teams.ok() ? ((await teams.json()) as { teams: { id: number }[] }).teams[0]?.id : undefined;
  const departments = (await page.request.get('/api/v1/departments')).ok() ? await departmentsOf(page) : [];
  return { '{team}': String(team), '{department}': String(departments[0]?.id), '{person}': '1', '{item}': '1' };
}

const PAGES_OF_ROLE = {
  employee: ['/survey', '/me'],
  leader: ['/team', '/team/{team}', '/survey', '/me'],
  head: ['/team', '/team/{team}', '/survey', '/me'],
  hr: ['/org', '/org/departments/{department}', ...HR_PAGES, '/survey', '/me'],
  admin: ADMIN_PAGES,
} satisfies Record<keyof typeof ACCOUNTS, string[]>;

/** Which of a role's pages draw charts (Chart.js draws on a canvas once its script ran). */
const CHARTS = ['/team/{team}', '/org', '/org/departments/{department}'];

for (const [key, pages] of Object.entries(PAGES_OF_ROLE)) {
  test(`every page of the ${key}, and the pages refused to them, run without a CSP violation`, async ({ page }) => {
    const account = ACCOUNTS[key as keyof typeof ACCOUNTS];
    await signIn(page, account.email);
    const placeholders = await placeholdersFor(page);
    const fill = (path: string) => path.replace(/\{\w+\}/, (placeholder) => placeholders[placeholder]!);
    for (const path of pages) {
      const response = await page.goto(fill(path));
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
      if (CHARTS.includes(path)) await expect(page.locator('canvas').first(), path).toBeVisible();
    }
    for (const path of [...account.refusedPages, '/no-such-page']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
  });
}

test('the sign-in page runs without a CSP violation, in both languages', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
  await page.waitForLoadState('networkidle');
});
