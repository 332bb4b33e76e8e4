import { type Page, expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { type ApiTrends, cellText, cellTexts, nl, teamIdOf } from './support/team-page';

const LINES = ['1 · Waarden', '2 · Rol', '3 · Bijdrage', '4 · Integriteit'];

async function openTeam(page: Page, name: string, search = '') {
  await signIn(page, ACCOUNTS.leader.email);
  const id = await teamIdOf(page, name);
  const response = await page.goto(`/team/${id}${search}`);
  expect(response?.status()).toBe(200);
  return id;
}

async function trendsOf(page: Page, id: number, period: string): Promise<ApiTrends> {
  const response = await page.request.get(`/api/v1/teams/${id}/trends?period=${period}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiTrends;
}

test('a leader of two teams gets a chooser and the teams × lines heatmap, each team leading to its page', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  await expect(page).toHaveURL(/\/team$/);
  const chooser = page.getByRole('table', { name: /Je teams, met hun afdeling/ });
  await expect(chooser.getByRole('rowheader')).toHaveText(['Applicatiebeheer', 'Servicedesk']);
  const heatmap = page.getByRole('table', { name: /Je teams × de vier lijnen/ });
  await expect(heatmap.getByRole('columnheader')).toHaveText(['Team of afdeling', ...LINES, 'Deelname']);
  await expect(heatmap.getByRole('rowheader')).toHaveText(['IT & Digitaal', 'Applicatiebeheer', 'Servicedesk']);
  await heatmap.getByRole('link', { name: 'Servicedesk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Servicedesk' })).toBeVisible();
});

test('Servicedesk: the four cards, the trend with its interval band and table, the team over time, guidance for the declining role line', async ({ page }) => {
  await openTeam(page, 'Servicedesk');
  const now = page.getByRole('region', { name: /^Nu: / });
  const cards = now.getByRole('article');
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(LINES);
  for (const card of await cards.all()) {
    await expect(card.getByText(/minder dan 5 antwoorden|95%-interval/).first()).toBeVisible();
  }
  await expect(now.getByRole('heading', { name: 'Deelname' })).toBeVisible();
  await expect(now.getByText(/Open pulse \(loopt tot/)).toBeVisible();

  const trend = page.getByRole('region', { name: 'Trend' });
  await expect(trend.getByRole('img', { name: /Lijngrafiek van de vier verbindingslijnen van Servicedesk/ })).toBeVisible();
  await expect(trend.locator('canvas')).toHaveCount(1);
  await trend.getByText('Toon de cijfers als tabel').click();
  const table = trend.getByRole('table', { name: /De vier lijnen van Servicedesk per periode/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Periode', 'n', 'Waarden', 'Rol', 'Bijdrage', 'Integriteit', 'Acties']);
  await expect(table.getByRole('row')).not.toHaveCount(1);

  const overTime = page.getByRole('table', { name: 'Servicedesk: de vier lijnen per maand' });
  await expect(overTime.getByRole('rowheader')).toHaveText(LINES);
  await expect(overTime.getByRole('columnheader').first()).toHaveText('Verbindingslijn');

  const guidance = page.getByRole('region', { name: 'Richtlijnen uit het model' });
  const role = guidance.getByRole('article', { name: 'Lijn 2 · Rol' });
  await expect(role).toBeVisible();
  await expect(role.getByText('zwakste lijn')).toBeVisible();
  await expect(role.getByText('Host & Mentor')).toBeVisible();
  await expect(role.getByText('Uitdager & Coach')).toBeVisible();
  await expect(role.getByRole('heading', { name: 'Drie dingen voor je volgende teamvergadering' })).toBeVisible();
  await expect(role.getByRole('listitem').filter({ hasText: /./ }).last()).toBeVisible();
  await expect(role.locator('ol > li')).toHaveCount(3);
});

test('the numbers on the page equal the trends API for the same team and period', async ({ page }) => {
  const id = await openTeam(page, 'Servicedesk');
  for (const period of ['month', 'week'] as const) {
    await page.goto(`/team/${id}?period=${period}&range=all`);
    const trends = await trendsOf(page, id, period);
    const at = await page.locator('select[name=at]').inputValue();
    const cards = page.getByRole('region', { name: /^Nu: / }).getByRole('article');
    for (const [index, { points }] of trends.lines.entries()) {
      const point = points.find((p) => p.period === at)!;
      const card = cards.nth(index);
      if (point.suppressed) {
        await expect(card).toContainText('minder dan 5 antwoorden');
        continue;
      }
      await expect(card.getByRole('definition').first()).toHaveText(`${nl(point.score!)} / 100`);
      await expect(card).toContainText(`${nl(point.favourable!)} %`);
      await expect(card).toContainText(`${nl(point.ciLow!)} – ${nl(point.ciHigh!)}`);
      await expect(card).toContainText(`Aantal respondenten (n)${point.n}`);
      await expect(card).toContainText(point.significant ? nl(point.change!).replace(/^(?=\d)/, '+') : /geen significante verandering|geen vergelijking/);
    }
    const overTime = page.getByRole('table', { name: /Servicedesk: de vier lijnen per/ });
    for (const [index, { points }] of trends.lines.entries()) {
      const texts = await cellTexts(overTime.getByRole('row').nth(index + 1));
      expect(texts.length).toBe(points.length);
      texts.forEach((text, column) => expect(text.startsWith(cellText(points[column]!)), `${period} ${points[column]!.period}: ${text}`).toBe(true));
    }
  }
});

test('cells with too few answers read "fewer than 5 answers" everywhere, never a number', async ({ page }) => {
  const id = await openTeam(page, 'Applicatiebeheer', '?period=week&range=all');
  const trends = await trendsOf(page, id, 'week');
  const suppressed = trends.lines[0]!.points.filter((point) => point.suppressed);
  expect(suppressed.length).toBeGreaterThan(0);
  const overTime = page.getByRole('table', { name: /Applicatiebeheer: de vier lijnen per week/ });
  const columns = (await overTime.getByRole('columnheader').allInnerTexts()).slice(1);
  for (const point of suppressed) {
    const column = trends.lines[0]!.points.indexOf(point);
    expect(columns[column]).toBe(`W${Number(point.period.slice(6))}`);
    for (let row = 1; row <= 4; row++) expect((await cellTexts(overTime.getByRole('row').nth(row)))[column]).toBe('minder dan 5 antwoorden');
  }
  await expect(page.getByText(/^Onderbroken in /)).toContainText('daar waren er minder dan 5 antwoorden');
});

test('recording an action: bad input is refused and changes nothing, a good one shows on the trend and can be marked done', async ({ page }) => {
  await openTeam(page, 'Servicedesk');
  const form = page.locator('form#record-action');
  const recorded = page.getByRole('list', { name: 'Vastgelegde acties' });
  const before = await recorded.getByRole('listitem').count();

  await form.getByLabel('Wat ga je doen of vragen?').fill('   ');
  await form.getByRole('button', { name: 'Actie vastleggen' }).click();
  await expect(form.getByText('Beschrijf wat je gaat doen.')).toBeVisible();
  await expect(form.getByLabel('Wat ga je doen of vragen?')).toHaveAttribute('aria-invalid', 'true');
  await expect(recorded.getByRole('listitem')).toHaveCount(before);

  const what = `Eén-op-ééngesprekken over wat energie geeft (${Date.now()})`;
  await form.getByLabel('Verbindingslijn').selectOption({ label: '2 · Rol' });
  await form.getByLabel('Wat ga je doen of vragen?').fill(what);
  await form.getByLabel('Tegen wanneer? (mag leeg)').fill('2030-01-31');
  await form.getByRole('button', { name: 'Actie vastleggen' }).click();
  await expect(form.getByRole('status')).toHaveText('De actie is vastgelegd.');
  await expect(recorded.getByText(what, { exact: true })).toBeVisible();

  const markers = page.getByRole('list', { name: /Acties op de trend/ });
  await expect(markers).toContainText(`Rol: ${what}`);
  await page.getByText('Toon de cijfers als tabel').click();
  await expect(page.getByRole('table', { name: /De vier lijnen van Servicedesk per periode/ }).getByRole('row').last()).toContainText(`Rol: ${what}`);

  const item = recorded.getByRole('listitem').filter({ hasText: what });
  await item.getByRole('button', { name: `Markeer als gedaan: ${what}` }).click();
  await expect(item.getByRole('button', { name: `Toch nog niet gedaan: ${what}` })).toBeVisible();
  await expect(item).toContainText(' · gedaan');
});
