import type { APIRequestContext } from '@playwright/test';
import { planDemoOrganisation } from '@/seed/demo/demo-plan';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/seed/demo/demo-structure';
import { expect, test } from './support/test';

/**
 * Generated demo employees no other spec signs in as, so that locking one disturbs nobody. The
 * attacker comes from an address of its own (the server trusts one proxy hop, see
 * playwright.config.ts), so the other specs' sign-ins from 127.0.0.1 are not slowed either. A retry
 * attacks another account from another address: the first attempt's lock is still in force.
 */
const [colleague, ...targets] = planDemoOrganisation(new Date())
  .people.filter(
    (person) =>
      person.roles.join() === 'employee' &&
      !Object.values(DEMO_ACCOUNTS).some((account) => account.email === person.email),
  )
  .slice(-3)
  .reverse()
  .map((person) => person.email);
const attackerOfRetry = (retry: number) => ({ 'x-forwarded-for': `203.0.113.${66 + retry}` });

/** One sign-in through Auth.js's own endpoint: 'signed in', or the error code of the redirect back to /login. */
async function signInOverHttp(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/' },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = new URL(response.headers().location!, 'http://app');
  return location.pathname === '/login' ? (location.searchParams.get('code') ?? 'refused') : 'signed in';
}

async function timedSignIn(request: APIRequestContext): Promise<number> {
  const started = performance.now();
  expect(await signInOverHttp(request, colleague!, DEMO_PASSWORD)).toBe('signed in');
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('120 wrong passwords lock the account, while a colleague still signs in at normal speed', async ({
  page,
  playwright,
  baseURL,
  request: colleagueRequest,
}) => {
  // The lock comes after the free failures and 31 s of growing waits; the attack is paced to outlast them.
  test.setTimeout(180_000);
  const { retry } = test.info();
  const target = targets[retry]!;
  const attackerAddress = attackerOfRetry(retry);
  const baseline: number[] = [];
  for (let i = 0; i < 5; i += 1) baseline.push(await timedSignIn(colleagueRequest));

  const attacker = await playwright.request.newContext({ baseURL });
  const attack = (async () => {
    const answers: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      answers.push(await signInOverHttp(attacker, target, `guess-${i}`, attackerAddress));
      await pause(350);
    }
    return answers;
  })();
  const duringAttack: number[] = [];
  let attackOver = false;
  void attack.finally(() => (attackOver = true));
  while (!attackOver) {
    duringAttack.push(await timedSignIn(colleagueRequest));
    await pause(2_000);
  }
  const answers = await attack;

  // Only the first ten wrong passwords were looked at; every other one was refused without Argon2.
  expect(answers.filter((answer) => answer === 'credentials')).toHaveLength(10);
  expect(answers.filter((answer) => answer === 'throttled')).toHaveLength(110);
  expect(answers.slice(-20)).toEqual(Array(20).fill('throttled'));
  expect(
    median(duringAttack) / median(baseline),
    `${duringAttack.join(', ')} ms against ${baseline.join(', ')} ms`,
  ).toBeLessThan(3);

  // The right password is refused while the account is locked, from any address, and the page says until when.
  const elsewhere = await playwright.request.newContext({ baseURL });
  expect(await signInOverHttp(elsewhere, target, DEMO_PASSWORD)).toBe('throttled');
  await Promise.all([attacker.dispose(), elsewhere.dispose()]);
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(target);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    /^Te veel foute pogingen voor dit account\. Probeer opnieuw na \d{1,2}:\d\d\.$/,
  );
  await expect(page).toHaveURL(/\/login/);
});
