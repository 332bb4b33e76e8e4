import type { APIRequestContext, Page, Request } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

const EVIL = 'https://evil.example';
const IMPORT = '/api/v1/people/import';
const CSV_HEADER = 'email,name,department,team,role,leader_email,new_department';
const BAD_IDS = ['99999999999', '2147483648', '-1', 'abc'];

/** A file that would add one new person, in a department and team of its own: nobody else's data. */
function newcomerFile(label: string) {
  const email = `grens.${label}.${Date.now()}@demo.test`;
  return { email, csv: `${CSV_HEADER}\n${email},Grens Test,Grenscontrole ${label},Grensploeg,,,yes\n` };
}

async function personExists(request: APIRequestContext, email: string): Promise<boolean> {
  const response = await request.get(`/api/v1/people?status=all&q=${encodeURIComponent(email)}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total > 0;
}

async function errorOf(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  return {
    status: response.status(),
    ...((await response.json()) as { error: { code: string; message: string } }).error,
  };
}

const ownOrigin = (page: Page) => new URL(page.url()).origin;

test('the people import refuses other sites, bodies a form could send and an apply without its dry run', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const { email, csv } = newcomerFile('api');
  const post = (query: string, headers: Record<string, string>) =>
    page.request.post(`${IMPORT}?${query}`, { data: csv, headers });

  // A form on another site posting text/plain, as browsers send it; a sibling subdomain is same-site, and refused too.
  const crossSite = await errorOf(
    await post('mode=apply', { 'content-type': 'text/plain', origin: EVIL, 'sec-fetch-site': 'cross-site' }),
  );
  expect(crossSite).toMatchObject({ status: 403, code: 'forbidden', message: expect.stringMatching(/other sites/) });
  expect((await post('mode=dry-run', { 'content-type': 'text/csv', origin: EVIL })).status()).toBe(403);
  expect((await post('mode=dry-run', { 'content-type': 'text/csv', 'sec-fetch-site': 'same-site' })).status()).toBe(
    403,
  );

  const plainText = await errorOf(
    await post('mode=dry-run', {
      'content-type': 'text/plain',
      origin: ownOrigin(page),
      'sec-fetch-site': 'same-origin',
    }),
  );
  expect(plainText).toMatchObject({ status: 415, message: expect.stringContaining('text/csv') });

  // The app's own page, with Origin and Sec-Fetch-Site as a browser sends them, gets its dry run.
  const dryRun = await post('mode=dry-run', {
    'content-type': 'text/csv; charset=utf-8',
    origin: ownOrigin(page),
    'sec-fetch-site': 'same-origin',
  });
  expect(dryRun.status()).toBe(200);
  const { digest, applied } = (await dryRun.json()) as { digest: string; applied: boolean };
  expect({ applied, digest }).toEqual({ applied: false, digest: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown });

  // A client without those headers (the request fixture) passes the check, and meets the digest's.
  const withoutDigest = await errorOf(await post('mode=apply', { 'content-type': 'text/csv' }));
  expect(withoutDigest).toMatchObject({
    status: 422,
    code: 'invalid_input',
    message: expect.stringMatching(/dry run first.*digest/),
  });
  const otherDigest = await errorOf(await post(`mode=apply&digest=${'0'.repeat(64)}`, { 'content-type': 'text/csv' }));
  expect(otherDigest).toMatchObject({ status: 409, message: expect.stringMatching(/changed since the dry run/) });
  expect(await personExists(page.request, email)).toBe(false);
});

test('a change to an answer from another site or in a form’s body type is refused before it is read', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.employee.email);
  const { pulse } = (await (await page.request.get('/api/v1/pulses/current')).json()) as { pulse: { id: number } };
  const put = (headers: Record<string, string>) =>
    page.request.put(`/api/v1/pulses/${pulse.id}/response`, { data: '{}', headers });
  expect(
    (await errorOf(await put({ 'content-type': 'application/json', origin: EVIL, 'sec-fetch-site': 'cross-site' })))
      .status,
  ).toBe(403);
  expect(
    (await errorOf(await put({ 'content-type': 'text/plain', 'sec-fetch-site': 'same-origin' }))).message,
  ).toContain('application/json');
  // Past the check, the empty body is refused for what it is.
  expect(
    (
      await errorOf(
        await put({ 'content-type': 'application/json', origin: ownOrigin(page), 'sec-fetch-site': 'same-origin' }),
      )
    ).status,
  ).toBe(422);
});

/** Resends a server action's request as captured, with another Origin. */
async function resend(page: Page, action: Request, origin: string) {
  const headers = Object.fromEntries(
    Object.entries(await action.allHeaders()).filter(
      ([name]) => !name.startsWith(':') && !['cookie', 'host', 'content-length', 'origin'].includes(name),
    ),
  );
  const site = origin === ownOrigin(page) ? 'same-origin' : 'cross-site';
  return page.request.fetch(action.url(), {
    method: 'POST',
    headers: { ...headers, origin, 'sec-fetch-site': site },
    data: action.postDataBuffer() ?? undefined,
  });
}

test('a server action posted from another site is refused by Next and runs nothing', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const { email, csv } = newcomerFile('action');
  await page.goto('/org/people/import');
  await page.getByLabel('Of plak de inhoud hier').fill(csv);
  const isAction = (request: Request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined;
  const [dryRun] = await Promise.all([
    page.waitForRequest(isAction),
    page.getByRole('button', { name: 'Proefdraai' }).click(),
  ]);
  const apply = page.getByRole('button', { name: 'Wijzigingen doorvoeren' });
  await expect(apply).toBeVisible();

  // Capture the apply as the page sends it, with the dry run's digest, and keep it from reaching the server.
  await page.route('**/org/people/import', (route) => (isAction(route.request()) ? route.abort() : route.continue()));
  const [applyRequest] = await Promise.all([page.waitForRequest(isAction), apply.click()]);
  // The lost request shows the product's error page, which the Content-Security-Policy lets through.
  await expect(page.getByRole('heading', { name: 'Er liep iets mis' })).toBeVisible();

  // The same request from the page's own origin is answered: the resending itself works.
  const sameOrigin = await resend(page, dryRun, ownOrigin(page));
  expect(sameOrigin.status()).toBe(200);
  expect(await sameOrigin.text()).toContain('"applied":false');

  for (const action of [dryRun, applyRequest]) {
    const crossOrigin = await resend(page, action, EVIL);
    expect(crossOrigin.status()).toBeGreaterThanOrEqual(400);
    expect(await crossOrigin.text()).not.toContain('"applied"');
  }
  expect(await personExists(page.request, email)).toBe(false);
});

test('ids beyond the database’s integers get 422 from the APIs, never 500', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const path of [
    '/api/v1/heatmap?unit=department:2147483648',
    '/api/v1/heatmap?unit=department:99999999999',
    '/api/v1/export/heatmap.csv?unit=department:2147483648',
    '/api/v1/export/heatmap.csv?unit=org&expand=99999999999',
    '/api/v1/teams/2147483648/trends',
    '/api/v1/teams/99999999999/participation',
  ]) {
    const refused = await errorOf(await page.request.get(path));
    expect(refused, path).toMatchObject({
      status: 422,
      code: 'invalid_input',
      message: expect.stringContaining('2147483647'),
    });
  }

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.employee.email);
  const { pulse } = (await (await page.request.get('/api/v1/pulses/current')).json()) as {
    pulse: { id: number; items: { id: number }[] };
  };
  const answers = pulse.items.map((item) => ({ itemId: item.id, score: 3 }));
  for (const pulseId of ['99999999999', '2147483648']) {
    const refused = await errorOf(await page.request.put(`/api/v1/pulses/${pulseId}/response`, { data: { answers } }));
    expect(refused, pulseId).toMatchObject({ status: 422, message: expect.stringMatching(/pulse id/) });
  }
  const badItem = await errorOf(
    await page.request.put(`/api/v1/pulses/${pulse.id}/response`, {
      data: { answers: [{ itemId: 2_147_483_648, score: 3 }] },
    }),
  );
  expect(badItem).toMatchObject({ status: 422, message: expect.stringMatching(/id of its question/) });
});

test('pages answer 404 to an id that is not one, whatever its size', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const base of ['/team/', '/org/departments/', '/org/people/', '/org/pulses/items/']) {
    for (const id of BAD_IDS) expect((await page.request.get(`${base}${id}`)).status(), `${base}${id}`).toBe(404);
  }
  const ignored = await page.request.get(
    '/org?expand=99999999999,2147483648&compare=1&department=2147483648&department=abc',
  );
  expect(ignored.status()).toBe(200);
});

test('a leader’s form with an action id beyond the database’s integers is refused as invalid, not failed', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.head.email);
  const { teams } = (await (await page.request.get('/api/v1/teams')).json()) as {
    teams: { id: number; name: string }[];
  };
  const team = teams.find((entry) => entry.name === 'Technisch Onderhoud')!;
  await page.goto(`/team/${team.id}`);

  const form = page.locator('form#record-action');
  const what = `Grenzen bewaken (${Date.now()})`;
  await form.getByLabel('Wat ga je doen of vragen?').fill(what);
  await form.getByRole('button', { name: 'Actie vastleggen' }).click();
  await expect(form.getByRole('status')).toHaveText('De actie is vastgelegd.');

  const item = page.getByRole('list', { name: 'Vastgelegde acties' }).getByRole('listitem').filter({ hasText: what });
  await item.locator('input[name="actionId"]').evaluate((input: HTMLInputElement) => (input.value = '2147483648'));
  await item.getByRole('button', { name: `Markeer als gedaan: ${what}` }).click();
  await expect(item.getByRole('alert')).toHaveText('Er is iets niet in orde; er is niets gewijzigd.');
  await expect(item).not.toContainText(' · gedaan');

  await page.reload();
  await form.locator('input[name="teamId"]').evaluate((input: HTMLInputElement) => (input.value = '2147483648'));
  await form.getByLabel('Wat ga je doen of vragen?').fill('Dit mag niet bewaard worden');
  await form.getByRole('button', { name: 'Actie vastleggen' }).click();
  await expect(form.getByText('Dit team is niet geldig.')).toBeVisible();
});
