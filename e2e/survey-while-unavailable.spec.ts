import type { Page, Route } from '@playwright/test';
import { signIn } from './support/demo-accounts';
import { createEmployee, workerDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

// What the API answers while the database cannot be reached (lib/server/next/database-unavailable.ts),
// with a shorter Retry-After so that the spec does not wait five seconds a try.
const UNAVAILABLE = {
  status: 503,
  headers: { 'retry-after': '1' },
  contentType: 'application/json',
  body: JSON.stringify({ error: { code: 'unavailable', message: 'The database cannot be reached just now.' } }),
};
const RESPONSE_ROUTE = '**/api/v1/pulses/*/response';

const questions = (page: Page) => page.getByRole('group');
const sendButton = (page: Page) => page.getByRole('button', { name: 'Antwoorden versturen' });

/** A new employee of the spec's own on the survey, every statement answered "Eens". */
async function answeredSurvey(page: Page, label: string) {
  const employee = await createEmployee(workerDatabase()!, label);
  await signIn(page, employee.email);
  await page.goto('/survey');
  await expect(questions(page)).toHaveCount(8);
  for (let index = 0; index < 8; index++)
    await questions(page).nth(index).getByRole('radio', { name: 'Eens', exact: true }).check();
  return employee;
}

const storedResponses = async (personId: number) =>
  (await workerDatabase()!<{ n: number }[]>`select count(*)::int as n from responses where person_id = ${personId}`)[0]!
    .n;

test('the survey sends the answers again after a 503 and they are stored once', async ({ page }) => {
  const { personId } = await answeredSurvey(page, 'unavailable-then-back');
  let tries = 0;
  await page.route(RESPONSE_ROUTE, (route: Route) => (++tries <= 2 ? route.fulfill(UNAVAILABLE) : route.continue()));

  await sendButton(page).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();
  await expect.poll(() => storedResponses(personId), { timeout: 15_000 }).toBe(1);
  expect(tries).toBe(3);
  await page.goto('/survey');
  await expect(page.getByText('Je hebt deze pulse beantwoord.', { exact: false }).first()).toBeVisible();
});

test('when every try is answered 503, the answers stay on the device and are sent later', async ({ page }) => {
  const { personId } = await answeredSurvey(page, 'unavailable-throughout');
  let tries = 0;
  await page.route(RESPONSE_ROUTE, (route: Route) => (tries++, route.fulfill(UNAVAILABLE)));

  await sendButton(page).click();
  await expect(page.getByText('Je antwoorden zijn niet opgeslagen omdat de verbinding wegviel.')).toBeVisible({
    timeout: 20_000,
  });
  // The first try and six more, a second apart as Retry-After asked.
  expect(tries).toBe(7);
  expect(await storedResponses(personId)).toBe(0);

  await page.unroute(RESPONSE_ROUTE);
  await page.reload();
  await expect(page.getByText('Je antwoorden van eerder zijn bewaard op dit toestel')).toBeVisible();
  await expect(page.getByText('8 van 8 beantwoord')).toBeVisible();
  await sendButton(page).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, je antwoorden zijn opgeslagen' })).toBeVisible();
  await expect.poll(() => storedResponses(personId)).toBe(1);
});
