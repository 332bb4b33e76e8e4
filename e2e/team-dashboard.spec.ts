import { type Page } from '@playwright/test';
import { periodLabelsOf } from '@/lib/domain/periods/period-labels';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentsOf } from './support/org-report';
import {
  type ApiTrends,
  HELD_BACK_TEXT,
  HIDDEN_TEXT,
  cellText,
  cellTexts,
  markedChangeText,
  nl,
  teamIdOf,
} from './support/team-page';
import { expect, test } from './support/test';

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

test('a leader of two teams gets a chooser and the teams × lines heatmap, each team leading to its page', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader.email);
  await expect(page).toHaveURL(/\/team$/);
  const chooser = page.getByRole('table', { name: /Je teams, met hun afdeling/ });
  await expect(chooser.getByRole('rowheader')).toHaveText(['Applicatiebeheer', 'Servicedesk']);
  const heatmap = page.getByRole('table', { name: /Je teams × de vier lijnen/ });
  await expect(heatmap.getByRole('columnheader')).toHaveText([
    'Team of afdeling',
    'Verbindingsscore',
    ...LINES,
    'Deelname',
  ]);
  await expect(heatmap.getByRole('rowheader')).toHaveText([
    'Hele organisatie',
    'IT & Digitaal',
    'Applicatiebeheer',
    'Servicedesk',
  ]);
  await heatmap.getByRole('link', { name: 'Servicedesk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Servicedesk' })).toBeVisible();
});

test('Servicedesk: the four cards, the trend with its interval band and table, the team over time, guidance for the declining role line', async ({
  page,
}) => {
  await openTeam(page, 'Servicedesk');
  const now = page.getByRole('region', { name: /^Laatst gepubliceerd: / });
  const cards = now.getByRole('article');
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(LINES);
  for (const card of await cards.all()) {
    await expect(card.getByText(/^Niet getoond: |95%-interval/).first()).toBeVisible();
  }
  await expect(now.getByRole('heading', { name: 'Deelname' })).toBeVisible();
  await expect(now.getByText(/Open pulse \(loopt tot/)).toBeVisible();

  const trend = page.getByRole('region', { name: 'Trend' });
  await expect(
    trend.getByRole('img', { name: /Lijngrafiek van de vier verbindingslijnen van Servicedesk/ }),
  ).toBeVisible();
  await expect(trend.locator('canvas')).toHaveCount(1);
  await trend.getByText('Toon de cijfers als tabel').click();
  const table = trend.getByRole('table', { name: /De vier lijnen van Servicedesk per periode/ });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Periode',
    'n',
    'Waarden',
    'Rol',
    'Bijdrage',
    'Integriteit',
    'Acties',
  ]);
  await expect(table.getByRole('row')).not.toHaveCount(1);

  const overTime = page.getByRole('table', { name: 'Servicedesk: de vier lijnen per maand' });
  await expect(overTime.getByRole('columnheader')).toHaveText(['Periode', 'Verbindingsscore', ...LINES]);

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
    const cards = page.getByRole('region', { name: /^Laatst gepubliceerd: / }).getByRole('article');
    for (const [index, { points }] of trends.lines.entries()) {
      const point = points.find((p) => p.period === at)!;
      const card = cards.nth(index);
      if (point.suppressed) {
        await expect(card).toContainText(`Niet getoond: ${HIDDEN_TEXT[point.hidden!]}.`);
        continue;
      }
      await expect(card.getByRole('definition').first()).toHaveText(
        `${nl(point.score!)}${point.heldBack ? `*${HELD_BACK_TEXT}` : ''} / 100`,
      );
      await expect(card).toContainText(`${nl(point.favourable!)} %`);
      await expect(card).toContainText(`${nl(point.ciLow!)} – ${nl(point.ciHigh!)}`);
      await expect(card).toContainText(`Aantal respondenten (n)${point.n}`);
      await expect(card).toContainText(
        point.evidence ? markedChangeText(point) : /geen duidelijke verandering|geen vergelijking/,
      );
    }
    // A row per period, newest first; a column per line.
    const overTime = page.getByRole('table', { name: /Servicedesk: de vier lijnen per/ });
    const newestFirst = trends.lines[0]!.points.map((point) => point.period).reverse();
    await expect(overTime.getByRole('row')).toHaveCount(newestFirst.length + 1);
    const measures = [trends.connection, ...trends.lines];
    for (const [row, shown] of newestFirst.entries()) {
      const texts = await cellTexts(overTime.getByRole('row').nth(row + 1));
      expect(texts.length).toBe(measures.length);
      measures.forEach(({ points }, column) => {
        const point = points.find((candidate) => candidate.period === shown)!;
        expect(texts[column]!.startsWith(cellText(point)), `${period} ${shown}: ${texts[column]}`).toBe(true);
      });
    }
  }
});

/** A month label as the Dutch pages name it: "november 2026". */
const monthName = (label: string) =>
  new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${label}-15T12:00:00Z`),
  );

/**
 * The newest published month of the demo: its newest pulse opened two days before the day it was
 * seeded (today, for the e2e database), so every month before that pulse's month is over and closed.
 */
function latestPublishedMonth(now = new Date()): string {
  const opened = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date(now.getTime() - 2 * 86_400_000));
  const [year, month] = opened.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 15)).toISOString().slice(0, 7);
}

test('Applicatiebeheer shows the latest published month, never as "now", when the next one appears, and its participation in steps of k', async ({
  page,
}) => {
  const id = await openTeam(page, 'Applicatiebeheer', '?period=month');
  const trends = await trendsOf(page, id, 'month');
  const latest = latestPublishedMonth();
  expect(trends.lines[0]!.points.at(-1)!.period).toBe(latest);
  const shown = page.getByRole('region', { name: `Laatst gepubliceerd: ${monthName(latest)}` });
  await expect(shown.getByRole('heading', { level: 2 })).toHaveText(`Laatst gepubliceerd: ${monthName(latest)}`);
  await expect(page.getByText(/^Nu: /)).toHaveCount(0);
  expect(trends.pending).not.toBeNull();
  const date = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' }).format(
    new Date(trends.pending!.publishedAfter),
  );
  await expect(shown.getByText(/^De resultaten van /)).toHaveText(
    `De resultaten van ${monthName(trends.pending!.period)} verschijnen op ${date}, als de periode voorbij is en de pulses ervan gesloten zijn.`,
  );

  const participation = shown.getByRole('region', { name: 'Deelname' });
  await expect(participation.getByRole('definition').first()).toHaveText(
    /^(Minstens (5|10|15|20) |Minder dan 5 )van \d+ leden hadden om \d\d:00 geantwoord$/,
  );
  await expect(participation).toContainText(
    'De open pulse wordt elk heel uur geteld en getoond in stappen van 5: alleen aantallen, nooit wie.',
  );

  await page.goto(`/team/${id}?period=week`);
  const week = (await trendsOf(page, id, 'week')).lines[0]!.points.at(-1)!.period;
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: `Laatst gepubliceerd: week ${Number(week.slice(6))} van ${week.slice(0, 4)}`,
    }),
  ).toBeVisible();
});

test('a hidden cell says why: fewer than 5 answered, or held back to protect a smaller group', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const teams = (await departmentsOf(page)).flatMap((department) => department.teams);
  const reasons = new Map<string, string>();
  for (const team of teams) {
    const points = (await trendsOf(page, team.id, 'week')).lines[0]!.points;
    const hidden = points.findLast((point) => point.hidden !== null && !reasons.has(point.hidden));
    // A team without a single result of its own shows why instead (hr-team-page.spec.ts).
    if (!hidden || points.every((point) => point.suppressed)) continue;
    reasons.set(hidden.hidden!, team.name);
    await page.goto(`/team/${team.id}?period=week&range=all`);
    const overTime = page.getByRole('table', { name: `${team.name}: de vier lijnen per week` });
    const row = overTime
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `W${Number(hidden.period.slice(6))}`, exact: true }) });
    // The connection score is hidden with its four lines.
    expect(await cellTexts(row), `${team.name} ${hidden.period}`).toEqual(Array(5).fill(HIDDEN_TEXT[hidden.hidden!]));
    await expect(
      page.getByText(`: ${HIDDEN_TEXT[hidden.hidden!]}.`).filter({ hasText: /^Onderbroken in / }),
    ).toContainText(`week ${Number(hidden.period.slice(6))} van`);
    if (reasons.size === 2) break;
  }
  expect([...reasons.keys()].sort()).toEqual(['protecting', 'too-few']);
});

test('recording an action: bad input is refused and changes nothing, a good one shows on the trend and can be marked done', async ({
  page,
}) => {
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

  // Drawn in the week it was taken (the organisation's), which has no published results yet: not the week before.
  await page.goto(`${new URL(page.url()).pathname}?period=week`);
  const thisWeek = periodLabelsOf(new Date()).week;
  const weekName = `week ${Number(thisWeek.slice(6))} van ${thisWeek.slice(0, 4)}`;
  await expect(markers.getByRole('listitem').filter({ hasText: what })).toHaveText(`${weekName}: Rol: ${what}`);
  await page.getByText('Toon de cijfers als tabel').click();
  const newestRow = page
    .getByRole('table', { name: /De vier lijnen van Servicedesk per periode/ })
    .getByRole('row')
    .nth(1);
  await expect(newestRow.getByRole('rowheader')).toHaveText(weekName);
  await expect(newestRow).toContainText(`Rol: ${what}`);

  const item = recorded.getByRole('listitem').filter({ hasText: what });
  await item.getByRole('button', { name: `Markeer als gedaan: ${what}` }).click();
  await expect(item.getByRole('button', { name: `Toch nog niet gedaan: ${what}` })).toBeVisible();
  await expect(item).toContainText(' · gedaan');
});
