import { readFile } from 'node:fs/promises';
import { type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { type ApiHeatmap, departmentNamed, heatmapOf, nlPercent, periodsOf } from './support/org-report';
import { cellText, cellTexts } from './support/team-page';
import { expect, test } from './support/test';

const DECLINING = 'Verkoop & Marketing';
const SMALL_TEAM = 'Juridische Zaken';

/** The organisation heatmap on the page: the table named by its caption. */
const orgHeatmap = (page: Page) => page.getByRole('table', { name: /^Afdelingen × de vier lijnen, / });

/** The names of a heatmap's rows, as their headers give them to assistive technology (without the ▸ ▾ markers). */
async function rowNames(table: Locator): Promise<string[]> {
  return (await table.getByRole('rowheader').allTextContents()).map((text) => text.replace(/^[▸▾]/, '').trim());
}

/** A period in which the declining department's integrity line clearly dropped, found through the API. */
async function integrityDrop(page: Page): Promise<{ period: string; at: string; heatmap: ApiHeatmap }> {
  const department = await departmentNamed(page, DECLINING);
  for (const period of ['quarter', 'month', 'week']) {
    for (const at of (await periodsOf(page, department.teams[0]!.id, period)).reverse()) {
      const heatmap = await heatmapOf(page, 'org', period, at);
      const integrity = heatmap.rows.find((row) => row.name === DECLINING)!.cells[3]!;
      if (integrity.significant && integrity.change! < 0) return { period, at, heatmap };
    }
  }
  throw new Error('no period with a clear drop of line 4');
}

/** The page's rows agree with the API's: the same scores, the same hidden cells, the same participation. */
async function expectSameAsApi(page: Page, heatmap: ApiHeatmap, table = orgHeatmap(page)) {
  for (const row of heatmap.rows) {
    const texts = await cellTexts(
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.name, exact: true }) }),
    );
    expect(texts[0], `${row.name}, connection score`).toContain(cellText(row.connection));
    row.cells.forEach((cell, index) =>
      expect(texts[index + 1], `${row.name}, line ${cell.line}`).toContain(cellText(cell)),
    );
    expect(texts[5], `${row.name}, participation`).toBe(
      row.participation === null ? '– niet getoond' : nlPercent(row.participation),
    );
  }
}

test('HR sees the organisation heatmap with the integrity drop of Verkoop & Marketing marked as a clear drop, the same as the API', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  await expect(page).toHaveURL(/\/org$/);
  const { period, at, heatmap } = await integrityDrop(page);
  expect((await page.goto(`/org?period=${period}&at=${at}`))?.status()).toBe(200);
  const table = orgHeatmap(page);
  await expect(table.getByRole('columnheader')).toHaveText([
    /^Afdeling of team/,
    /^Verbindingsscore/,
    /^1 · Waarden/,
    /^2 · Rol/,
    /^3 · Bijdrage/,
    /^4 · Integriteit/,
    /^Deelname/,
  ]);
  const integrity = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: DECLINING }) })
    .getByRole('cell')
    .nth(4);
  await expect(integrity).toContainText('▼');
  await expect(integrity).toContainText('duidelijke daling');
  await expectSameAsApi(page, heatmap);
});

test('HR reads which period the heatmap shows (never "now"), when the next one is published, and which figures leave answers out', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org?period=month');
  const heatmap = await heatmapOf(page, 'org', 'month');
  const month = (label: string) =>
    new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${label}-15T12:00:00Z`),
    );
  await expect(page.getByText(`Laatst gepubliceerd: ${month(heatmap.at)}`, { exact: true })).toBeVisible();
  expect(heatmap.pending).not.toBeNull();
  await expect(page.getByText(`De resultaten van ${month(heatmap.pending!.period)} verschijnen op `)).toBeVisible();
  await expectSameAsApi(page, heatmap);
  const heldBack = heatmap.rows.some((row) => row.cells.some((cell) => cell.heldBack));
  await expect(
    page
      .locator('#org-heatmap')
      .getByText('Bij cijfers met * zijn enkele antwoorden weggelaten om een kleinere groep te beschermen.'),
  ).toHaveCount(heldBack ? 1 : 0);
});

test('HR expands a department to its nested department and teams, and back', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const table = orgHeatmap(page);
  await expect(table.getByRole('rowheader', { name: 'Magazijn' })).toHaveCount(0);
  const productieLink = table.getByRole('link', { name: 'Productie', exact: true });
  await expect(productieLink).toHaveAttribute('aria-expanded', 'false');
  await productieLink.click();
  await expect(productieLink).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Productie Logistiek', 'Assemblage Vroege Ploeg', 'Kwaliteitscontrole'])
    await expect(table.getByRole('rowheader', { name })).toBeVisible();
  await table.getByRole('link', { name: 'Productie Logistiek' }).click();
  await expect(table.getByRole('rowheader', { name: 'Magazijn' })).toBeVisible();
  const url = new URL(page.url());
  const productie = await departmentNamed(page, 'Productie');
  await expectSameAsApi(
    page,
    await heatmapOf(page, `department:${productie.id}`, url.searchParams.get('period')!, url.searchParams.get('at')!),
  );
  await productieLink.click();
  await expect(productieLink).toHaveAttribute('aria-expanded', 'false');
  await expect(table.getByRole('rowheader', { name: 'Magazijn' })).toHaveCount(0);
});

test('HR sorts the heatmap by a line, both ways', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org?period=month');
  const table = orgHeatmap(page);
  await table.getByRole('link', { name: /^4 · Integriteit/ }).click();
  await expect(page).toHaveURL(/sort=line-4&order=asc/);
  await expect(table.getByRole('columnheader', { name: /^4 · Integriteit/ })).toHaveAttribute('aria-sort', 'ascending');
  const at = new URL(page.url()).searchParams.get('at')!;
  const scores = (await heatmapOf(page, 'org', 'month', at)).rows.map((row) => ({
    name: row.name,
    score: row.cells[3]!.score,
  }));
  // Departments other specs may add meanwhile (an import) are left out of the comparison.
  const known = new Set(scores.map((row) => row.name));
  const order = async () => (await rowNames(table)).filter((name) => known.has(name));
  const sorted = (direction: 1 | -1) =>
    [...scores]
      .sort(
        (a, b) =>
          (a.score === null || b.score === null
            ? Number(a.score === null) - Number(b.score === null)
            : direction * (a.score - b.score)) || a.name.localeCompare(b.name, 'nl'),
      )
      .map((row) => row.name);
  await expect.poll(order).toEqual(sorted(1));
  expect(sorted(1)[0]).toBe(DECLINING);
  await table.getByRole('link', { name: /^4 · Integriteit/ }).click();
  await expect(table.getByRole('columnheader', { name: /^4 · Integriteit/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect.poll(order).toEqual(sorted(-1));
});

test('HR compares two departments: a chart and a table per line; fewer than two or more than five gets a clear message', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const comparison = page.getByRole('region', { name: 'Afdelingen vergelijken' });
  const form = comparison.getByRole('group', { name: /Te vergelijken afdelingen/ });
  await form.getByLabel(DECLINING).check();
  await comparison.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(comparison.getByRole('alert')).toHaveText('Vink minstens 2 afdelingen aan om ze te vergelijken.');

  await form.getByLabel('Productie', { exact: true }).check();
  await comparison.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(comparison.getByRole('alert')).toHaveCount(0);
  const lines = comparison.getByRole('article');
  await expect(lines.getByRole('heading', { level: 3 })).toHaveText([
    '1 · Waarden',
    '2 · Rol',
    '3 · Bijdrage',
    '4 · Integriteit',
  ]);
  await expect(comparison.locator('canvas')).toHaveCount(4);
  await expect(
    comparison.getByRole('img', { name: `Lijngrafiek van 4 · Integriteit voor Productie, ${DECLINING}` }),
  ).toBeVisible();
  const integrity = lines.filter({ hasText: '4 · Integriteit' });
  await integrity.getByText('Toon de cijfers als tabel').click();
  await expect(integrity.getByRole('table').getByRole('columnheader')).toHaveText(['Periode', 'Productie', DECLINING]);

  for (const name of ['IT & Digitaal', 'Mens & Organisatie', 'Onderzoek & Ontwikkeling', 'Productie Logistiek'])
    await form.getByLabel(name, { exact: true }).check();
  await comparison.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(comparison.getByRole('alert')).toHaveText(
    'Vink hoogstens 5 afdelingen aan: meer lijnen in één grafiek zijn moeilijk te lezen.',
  );
  await expect(comparison.locator('canvas')).toHaveCount(0);
});

test('HR exports the heatmap as shown and opens the CSV: the small team has no numbers', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const finance = await departmentNamed(page, 'Financiën & Administratie');
  await page.goto(`/org?period=month&expand=${finance.id}`);
  const at = new URL(
    (await page.getByRole('link', { name: 'Deze heatmap (CSV)' }).getAttribute('href')) ?? '',
    'http://x',
  ).searchParams.get('at')!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Deze heatmap (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`verbinding-heatmap-org-${at}.csv`);
  // In Dutch: `;` between the cells, `,` in numbers, the line names and every word in Dutch.
  const rows = parse<Record<string, string>>(await readFile(await download.path(), 'utf8'), {
    columns: true,
    bom: true,
    delimiter: ';',
  });
  // The organisation's own row comes first on the page; the export holds the view's rows.
  expect(await rowNames(orgHeatmap(page))).toEqual(['Hele organisatie', ...rows.map((row) => row.Naam)]);
  const small = rows.find((row) => row.Naam === SMALL_TEAM)!;
  expect(small).toMatchObject({ Niveau: '1', Soort: 'Team', Verborgen: 'ja', 'Deelname (%)': '' });
  const lineColumns = ['Waarden', 'Rol', 'Bijdrage', 'Integriteit'];
  expect(
    Object.entries(small)
      .filter(([column]) => lineColumns.some((line) => column.startsWith(`${line} – `)))
      .every(([, value]) => value === ''),
  ).toBe(true);
  const api = await heatmapOf(page, `department:${finance.id}`, 'month', at);
  for (const row of api.rows)
    expect(rows.find((entry) => entry.Naam === row.name)!['Waarden – score']).toBe(
      row.cells[0]!.suppressed ? '' : String(row.cells[0]!.score).replace('.', ','),
    );
  await expect(page.getByRole('link', { name: 'Alle cijfers van elke eenheid en periode (CSV)' })).toHaveAttribute(
    'href',
    '/api/v1/export/aggregates.csv',
  );
});

test('a department page shows its nested department and teams, its trend and participation; an unknown one is 404', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const productie = await departmentNamed(page, 'Productie');
  expect((await page.goto(`/org/departments/${productie.id}?period=month`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Productie' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Productie: afdelingen en teams × de vier lijnen, / });
  // The heatmap streams in after the page's heading.
  await expect
    .poll(() => rowNames(table))
    .toEqual([
      'Hele organisatie',
      'Heel Productie',
      'Productie Logistiek',
      ...productie.teams.map((team) => team.name).sort((a, b) => a.localeCompare(b, 'nl')),
    ]);
  await table.getByRole('link', { name: 'Productie Logistiek' }).click();
  await expect(table.getByRole('rowheader', { name: 'Magazijn' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Productie door de tijd' })).toBeVisible();
  await page.getByText('Toon de cijfers als tabel').click();
  // Leaders record actions on their teams; a department's trend has no column for them.
  const trend = page.getByRole('table', { name: /^De vier lijnen van Productie per periode/ });
  await expect(trend.getByRole('columnheader')).toHaveText([
    'Periode',
    'n',
    'Waarden',
    'Rol',
    'Bijdrage',
    'Integriteit',
  ]);
  await expect(
    page.getByRole('table', { name: /^Deelname per afdeling of team, / }).getByRole('rowheader'),
  ).toHaveCount(productie.teams.length + 1);
  expect((await page.goto('/org/departments/999999'))?.status()).toBe(404);
});
