import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { heatmapOf } from './support/org-report';
import { type ApiTrends, nl, teamIdOf } from './support/team-page';
import { expect, test } from './support/test';
import { pdfText } from '../testing/pdf-text';

const LINES = ['Waarden', 'Rol', 'Bijdrage', 'Integriteit'];
const TEAM = 'Servicedesk';

async function workbookOf(page: Page, path: string): Promise<ExcelJS.Workbook> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await response.body()).buffer);
  return workbook;
}

/** A sheet's rows as objects keyed by its header row, each cell as exceljs reads it (a number stays a number). */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(Object.fromEntries(header.map((name, index) => [name, row.getCell(index + 1).value])));
  });
  return rows;
}

const dutch = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

test('HR’s heatmap workbook and Dutch CSV hold the API’s figures, the numbers typed', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const api = await heatmapOf(page, 'org', 'month');
  const query = `unit=org&period=month&at=${api.at}`;
  const sheet = (await workbookOf(page, `/api/v1/export/heatmap.xlsx?${query}`)).getWorksheet('Heatmap')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const rows = sheetRows(sheet);
  expect(rows.map((row) => row.Naam)).toEqual(api.rows.map((row) => row.name));
  const csv = await page.request.get(`/api/v1/export/heatmap.csv?${query}`);
  const csvRows = parse<Record<string, string>>(await csv.text(), { columns: true, bom: true, delimiter: ';' });
  for (const [index, row] of api.rows.entries())
    row.cells.forEach((cell, line) => {
      const score = cell.suppressed ? null : cell.score;
      expect(rows[index]![`${LINES[line]} – score`], `${row.name} ${line + 1}`).toBe(score);
      expect(csvRows[index]![`${LINES[line]} – score`]).toBe(dutch(score));
    });
  expect(rows.some((row) => typeof row[`Waarden – score`] === 'number')).toBe(true);
});

test('HR’s aggregates: a sheet per kind of period and a Dutch CSV, equal to a team’s trend in the API', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const workbook = await workbookOf(page, '/api/v1/export/aggregates.xlsx');
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Weken', 'Maanden', 'Kwartalen']);
  const months = sheetRows(workbook.getWorksheet('Maanden')!);
  expect(months.find((row) => row.Soort === 'Organisatie')!.Naam).toBe('Organisatie');
  const csv = await page.request.get('/api/v1/export/aggregates.csv');
  const csvRows = parse<Record<string, string>>(await csv.text(), { columns: true, bom: true, delimiter: ';' });
  const team = months.find((row) => row.Soort === 'Team' && row.Naam === TEAM)!;
  const trends = (await (
    await page.request.get(`/api/v1/teams/${Number(team.Nummer)}/trends?period=month`)
  ).json()) as ApiTrends;
  for (const { line, points } of trends.lines)
    for (const point of points) {
      const is = (row: Record<string, unknown>) =>
        Number(row.Nummer) === Number(team.Nummer) &&
        row.Periode === point.period &&
        row.Verbindingslijn === LINES[line - 1] &&
        !row.Vraagnummer;
      const sheetRow = months.find(is)!;
      expect([sheetRow.Score, sheetRow['Aantal mensen']], `${point.period} ${line}`).toEqual([point.score, point.n]);
      const csvRow = csvRows.find((row) => row['Soort periode'] === 'Maand' && is(row))!;
      expect(csvRow.Score).toBe(dutch(point.score));
    }
});

test('a leader’s team report holds the figures the team page shows', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const teamId = await teamIdOf(page, TEAM);
  const trends = (await (await page.request.get(`/api/v1/teams/${teamId}/trends?period=month`)).json()) as ApiTrends;
  const at = trends.lines[0]!.points.filter((point) => !point.suppressed).at(-1)!.period;
  const response = await page.request.get(`/api/v1/teams/${teamId}/report.pdf?period=month&at=${at}`);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pages = await pdfText(await response.body());
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain(`Teamrapport: ${TEAM}`);
  for (const { points } of trends.lines) {
    const cell = points.find((point) => point.period === at)!;
    expect(pages[0]).toContain(nl(cell.score!));
  }
  const connection = trends.connection.points.find((point) => point.period === at)!;
  if (!connection.suppressed) expect(pages[0]).toContain(`Verbindingsscore: ${nl(connection.score!)}`);
});

for (const [language, lang] of [
  ['Nederlands', 'nl'],
  ['English', 'en'],
] as const) {
  test(`the export links on a team page and on /org download files at 1280 px, in ${language}, axe clean`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const choose = async () => {
      if (lang === 'en') {
        await page.getByRole('button', { name: language }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
    };
    await signIn(page, ACCOUNTS.leader.email);
    await page.goto(`/team/${await teamIdOf(page, TEAM)}?period=month`);
    await choose();
    const report = page.getByRole('link', {
      name: lang === 'en' ? 'Team report (PDF, one page)' : 'Teamrapport (PDF, één pagina)',
    });
    const [pdf] = await Promise.all([page.waitForEvent('download'), report.click()]);
    expect(pdf.suggestedFilename()).toMatch(/^verbinding-team-\d+-\d{4}-\d{2}\.pdf$/);
    expect((await pdfText(await readFile(await pdf.path())))[0]).toContain(
      lang === 'en' ? 'Team report' : 'Teamrapport',
    );
    expect(await seriousViolations(page), `team page in ${lang}`).toEqual([]);

    await page.context().clearCookies();
    await signIn(page, ACCOUNTS.hr.email);
    await page.goto('/org?period=month');
    await choose();
    const excel = page.getByRole('link', { name: lang === 'en' ? 'This heatmap (Excel)' : 'Deze heatmap (Excel)' });
    const [xlsx] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^verbinding-heatmap-org-\d{4}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    expect(workbook.worksheets[0]!.getRow(1).getCell(4).value).toBe(lang === 'en' ? 'Name' : 'Naam');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: lang === 'en' ? 'This heatmap (CSV)' : 'Deze heatmap (CSV)' }).click(),
    ]);
    expect((await readFile(await csv.path(), 'utf8')).split('\n')[0]).toContain(lang === 'en' ? ',Name,' : ';Naam;');
    expect(await seriousViolations(page), `/org in ${lang}`).toEqual([]);
  });
}
