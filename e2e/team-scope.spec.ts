import { ACCOUNTS, signIn } from './support/demo-accounts';
import { type ApiCell, cellText, cellTexts, teamIdForHr, teamIdOf } from './support/team-page';
import { expect, test } from './support/test';

interface ApiHeatmap {
  at: string;
  rows: { id: number; kind: 'department' | 'team'; name: string; cells: ApiCell[]; participation: number | null }[];
}

test('a leader opening a team outside their scope gets 403 from the page and the APIs, and 404 for a team that does not exist', async ({
  page,
  browser,
}) => {
  const small = await teamIdForHr(browser, 'Juridische Zaken');
  await signIn(page, ACCOUNTS.leader.email);
  for (const path of [`/team/${small}`, `/team/${small}?period=week`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  }
  for (const path of ['/team/999999', '/team/abc']) expect((await page.goto(path))?.status(), path).toBe(404);
  expect((await page.request.get('/api/v1/teams/999999/trends?period=month')).status()).toBe(404);
  for (const path of [`/api/v1/teams/${small}/trends?period=month`, `/api/v1/teams/${small}/participation`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  }
  expect((await page.request.get('/api/v1/teams/abc/participation')).status()).toBe(422);
});

test('the participation API gives counts only, for a team in scope', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const id = await teamIdOf(page, 'Servicedesk');
  const response = await page.request.get(`/api/v1/teams/${id}/participation`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    teamId: number;
    minGroupSize: number;
    open: { respondents: number | null; asOf: string } & Record<string, unknown>;
  };
  expect(body).toMatchObject({ teamId: id, minGroupSize: 5 });
  expect(Object.keys(body.open).sort()).toEqual([
    'asOf',
    'closesAt',
    'hidden',
    'invited',
    'opensAt',
    'pulseId',
    'rate',
    'respondents',
  ]);
  // The open pulse moves in steps of k, an hour at a time: never a count that gives one person away.
  expect(body.open.respondents === null || body.open.respondents % 5 === 0).toBe(true);
  expect(new Date(body.open.asOf).getUTCMinutes()).toBe(0);
});

test('a department head sees every team and sub-department below them, with the same numbers as the heatmap API', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.head.email);
  await expect(page).toHaveURL(/\/team$/);
  const heatmap = page.getByRole('table', { name: /Je teams × de vier lijnen/ });
  await expect(heatmap.getByRole('rowheader', { name: 'Productie', exact: true })).toBeVisible();
  await expect(heatmap.getByRole('rowheader', { name: 'Productie Logistiek', exact: true })).toBeVisible();
  await expect(heatmap.getByRole('rowheader', { name: 'Heel Productie', exact: true })).toBeVisible();
  const { teams } = (await (await page.request.get('/api/v1/teams')).json()) as { teams: { name: string }[] };
  expect(teams.length).toBe(8);
  for (const team of teams)
    await expect(heatmap.getByRole('rowheader', { name: team.name, exact: true })).toBeVisible();

  const at = await page.locator('select[name=at]').inputValue();
  const groups = await heatmap
    .locator('tbody[id^="heatmap-department-"]')
    .evaluateAll((bodies) => bodies.map((body) => Number(body.id.split('-').at(-1))));
  expect(groups).toHaveLength(2);
  for (const department of groups) {
    const response = await page.request.get(`/api/v1/heatmap?unit=department:${department}&period=month&at=${at}`);
    expect(response.status()).toBe(200);
    const api = (await response.json()) as ApiHeatmap;
    const body = heatmap.locator(`tbody#heatmap-department-${department}`);
    // A department with a group of its own is that group's first row, not a row of its parent's.
    for (const row of api.rows.filter((entry) => entry.kind === 'team' || !groups.includes(entry.id))) {
      const header = row.kind === 'department' ? `Afdeling ${row.name}` : row.name;
      const texts = await cellTexts(
        body.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }),
      );
      row.cells.forEach((cell, index) =>
        expect(texts[index + 1]!.startsWith(cellText(cell)), `${row.name} line ${index + 1}: ${texts[index + 1]}`).toBe(
          true,
        ),
      );
      expect(texts[5]).toBe(row.participation === null ? '– niet getoond' : `${Math.round(row.participation)}%`);
    }
  }
});

test('a department head opens their department’s own report from its total row, for the period shown', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.head.email);
  const heatmap = page.getByRole('table', { name: /Je teams × de vier lijnen/ });
  const at = await page.locator('select[name=at]').inputValue();
  await heatmap.getByRole('rowheader', { name: 'Heel Productie', exact: true }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/org/departments/\\d+\\?period=month&at=${at}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Productie' })).toBeVisible();
});

test('a department head cannot open a team outside their department', async ({ page, browser }) => {
  const servicedesk = await teamIdForHr(browser, 'Servicedesk');
  await signIn(page, ACCOUNTS.head.email);
  expect((await page.goto(`/team/${servicedesk}`))?.status()).toBe(403);
  expect((await page.request.get(`/api/v1/teams/${servicedesk}/participation`)).status()).toBe(403);
});

test('parameters a page does not understand fall back to the defaults; the API answers 422', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const id = await teamIdOf(page, 'Servicedesk');
  expect((await page.goto(`/team/${id}?period=year&range=10y&at=%3Cscript%3E`))?.status()).toBe(200);
  await expect(page.getByRole('navigation', { name: 'Periode' }).getByRole('link', { name: 'Maand' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    page.getByRole('navigation', { name: 'Bereik' }).getByRole('link', { name: '6 maanden' }),
  ).toHaveAttribute('aria-current', 'page');
  expect((await page.goto('/team?period=decade&at=2026-99'))?.status()).toBe(200);
  expect((await page.request.get(`/api/v1/teams/${id}/trends?period=year`)).status()).toBe(422);
});
