import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentNamed } from './support/org-report';
import { type ApiCell, cellTexts, teamIdForHr } from './support/team-page';
import { expect, test } from './support/test';

interface ApiDifference {
  difference: number | null;
  evidence: 'clear' | 'likely' | null;
  significant: boolean;
}
interface ApiComparison {
  lines: (ApiDifference & { line: number })[];
  connection: ApiDifference;
}
interface ApiComparisons {
  department: ApiComparison | null;
  organisation: ApiComparison | null;
}
interface ApiRow {
  id: number | null;
  kind: string;
  name: string;
  connection: ApiCell;
  comparison: ApiComparisons;
}
interface ApiHeatmap {
  at: string;
  references: ApiRow[];
  rows: ApiRow[];
}
interface ApiTrends {
  connection: { points: (ApiCell & { period: string })[] };
  comparisons: ({ period: string } & ApiComparisons)[];
}

const WORDS = {
  nl: {
    score: 'Verbindingsscore',
    organisation: 'Hele organisatie',
    all: (name: string) => `Heel ${name}`,
    compared: 'Vergeleken met de organisatie',
    scores: 'Scores',
    comparedWith: 'Vergeleken met, in dezelfde periode',
    department: (name: string) => `Afdeling ${name}`,
    theOrganisation: 'De organisatie',
  },
  en: {
    score: 'Connection score',
    organisation: 'Whole organisation',
    all: (name: string) => `All of ${name}`,
    compared: 'Compared with the organisation',
    scores: 'Scores',
    comparedWith: 'Compared with, in the same period',
    department: (name: string) => `Department ${name}`,
    theOrganisation: 'The organisation',
  },
} as const;
type Lang = keyof typeof WORDS;

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const oneDecimal = (lang: Lang, value: number, signed = false) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);

/** What a difference reads in a heatmap cell: the signed points, or – where either cell is hidden. */
const differenceText = (lang: Lang, difference: ApiDifference) =>
  difference.difference === null ? '–' : oneDecimal(lang, difference.difference, true);

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function switchLanguage(page: Page, lang: Lang) {
  if (lang === 'nl') return;
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** A heatmap's toggle to the comparison: a plain link that sets show=compared and shows the differences. */
async function switchToCompared(page: Page, lang: Lang, table: Locator) {
  const toggle = page.getByRole('navigation', { name: lang === 'nl' ? 'Toon' : 'Show' }).first();
  await expect(toggle.getByRole('link', { name: WORDS[lang].scores })).toHaveAttribute('aria-current', 'true');
  await toggle.getByRole('link', { name: WORDS[lang].compared }).click();
  await expect(page).toHaveURL(/show=compared/);
  await expect(toggle.getByRole('link', { name: WORDS[lang].compared })).toHaveAttribute('aria-current', 'true');
  await expect(table).toBeVisible();
}

/**
 * The heatmap's rows agree with the API: the organisation (and department) first, every row's connection
 * score, and in the compared view its difference. Retried until the table after a navigation is the one read.
 */
async function expectHeatmapAsApi(page: Page, lang: Lang, table: Locator, api: ApiHeatmap, compared: boolean) {
  await expect(async () => {
    const headers = (await table.getByRole('rowheader').allTextContents()).map((text) =>
      text.replace(/^[▸▾]/, '').trim(),
    );
    const firstRows = api.references.map((row) =>
      row.kind === 'organisation' ? WORDS[lang].organisation : WORDS[lang].all(row.name),
    );
    expect(headers.slice(0, firstRows.length)).toEqual(firstRows);
    for (const row of api.rows.slice(0, 4)) {
      const texts = await cellTexts(
        table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.name, exact: true }) }),
      );
      if (compared) expect(texts[0], row.name).toContain(differenceText(lang, row.comparison.organisation!.connection));
      else if (row.connection.suppressed) expect(texts[0], row.name).not.toMatch(/^\d/);
      else expect(texts[0]!.startsWith(oneDecimal(lang, row.connection.score!)), `${row.name}: ${texts[0]}`).toBe(true);
    }
  }).toPass({ timeout: 15_000 });
}

for (const viewport of VIEWPORTS) {
  for (const lang of ['nl', 'en'] as const) {
    const begin = async (page: Page, email: string = ACCOUNTS.hr.email) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await signIn(page, email);
      await switchLanguage(page, lang);
    };
    const words = WORDS[lang];

    test(`a team page: the score above the lines, its differences, the toggle; ${viewport.name}, ${lang}`, async ({
      page,
      browser,
    }) => {
      const teamId = await teamIdForHr(browser, 'Servicedesk');
      await begin(page);

      // The team page: the score above the four lines, its differences, and the toggle on the team over time.
      await page.goto(`/team/${teamId}?period=month`);
      const at = await page.locator('select[name=at]').inputValue();
      const trends = (await (
        await page.request.get(`/api/v1/teams/${teamId}/trends?period=month`)
      ).json()) as ApiTrends;
      const point = trends.connection.points.find((entry) => entry.period === at)!;
      const section = page.getByTestId('connection-score');
      await expect(section.getByRole('heading', { level: 3, name: words.score })).toBeVisible();
      await expect(section.getByRole('article').first()).toContainText(`${oneDecimal(lang, point.score!)} / 100`);
      const comparison = trends.comparisons.find((entry) => entry.period === at)!;
      const comparedCard = section.getByRole('article').filter({ hasText: words.comparedWith });
      await expect(comparedCard).toContainText(words.department('IT & Digitaal'));
      await expect(comparedCard).toContainText(words.theOrganisation);
      if (comparison.organisation!.connection.difference !== null)
        await expect(comparedCard).toContainText(
          oneDecimal(lang, comparison.organisation!.connection.difference, true),
        );
      expect(await seriousViolations(page), `/team/${teamId} ${lang} ${viewport.name}`).toEqual([]);

      const overTime = page.getByRole('table', { name: /Servicedesk: / });
      // A row per period, newest first; the connection score is the first column after the period.
      await expect(overTime.getByRole('columnheader').nth(1)).toHaveText(words.score);
      await switchToCompared(page, lang, overTime);
      const rows = overTime.getByRole('row');
      const periodRows = (await rows.count()) - 1;
      const newestFirst = trends.comparisons.slice(-periodRows).reverse();
      for (const [index, compared] of newestFirst.entries()) {
        const [connectionCell] = await cellTexts(rows.nth(index + 1));
        expect(connectionCell, compared.period).toContain(differenceText(lang, compared.organisation!.connection));
      }
      expect(await seriousViolations(page), `/team/${teamId}?show=compared ${lang} ${viewport.name}`).toEqual([]);
    });

    test(`/org: the organisation first, a score per row, the toggle; ${viewport.name}, ${lang}`, async ({ page }) => {
      await begin(page);
      await page.goto('/org?period=month');
      const orgAt = new URL(page.url()).searchParams.get('at');
      const orgTable = page.locator('#org-heatmap').getByRole('table');
      await expect(orgTable.getByRole('columnheader').nth(1)).toContainText(words.score);
      const orgApi = (await (
        await page.request.get(`/api/v1/heatmap?unit=org&period=month${orgAt ? `&at=${orgAt}` : ''}`)
      ).json()) as ApiHeatmap;
      await expectHeatmapAsApi(page, lang, orgTable, orgApi, false);
      await expect(page.getByTestId('connection-score').getByRole('article').first()).toContainText(
        oneDecimal(lang, orgApi.references[0]!.connection.score!),
      );
      expect(await seriousViolations(page), `/org ${lang} ${viewport.name}`).toEqual([]);
      await switchToCompared(page, lang, orgTable);
      await expectHeatmapAsApi(page, lang, orgTable, orgApi, true);
      expect(await seriousViolations(page), `/org?show=compared ${lang} ${viewport.name}`).toEqual([]);
    });

    test(`a department page: the organisation and the department first, compared; ${viewport.name}, ${lang}`, async ({
      page,
    }) => {
      await begin(page);
      const productie = await departmentNamed(page, 'Productie');
      await page.goto(`/org/departments/${productie.id}?period=month`);
      const at = new URL(page.url()).searchParams.get('at');
      const departmentTable = page.locator('#org-heatmap').getByRole('table');
      const departmentApi = (await (
        await page.request.get(`/api/v1/heatmap?unit=department:${productie.id}&period=month${at ? `&at=${at}` : ''}`)
      ).json()) as ApiHeatmap;
      await expectHeatmapAsApi(page, lang, departmentTable, departmentApi, false);
      await expect(page.getByTestId('connection-score').getByRole('article').nth(1)).toContainText(
        words.theOrganisation,
      );
      await switchToCompared(page, lang, departmentTable);
      await expectHeatmapAsApi(page, lang, departmentTable, departmentApi, true);
      expect(await seriousViolations(page), `/org/departments/${productie.id} ${lang} ${viewport.name}`).toEqual([]);
    });

    test(`a leader's team cards and an employee's team score on /me; ${viewport.name}, ${lang}`, async ({
      page,
      browser,
    }) => {
      await begin(page, ACCOUNTS.leader.email);
      await page.goto('/team?period=month');
      const cards = page.getByRole('region', {
        name: lang === 'nl' ? 'De verbindingsscores van je teams' : "Your teams' connection scores",
      });
      for (const name of ['Applicatiebeheer', 'Servicedesk']) {
        const card = cards.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
        await expect(card).toContainText('/ 100');
        await expect(card).toContainText(lang === 'nl' ? 't.o.v. organisatie' : 'vs organisation');
      }
      expect(await seriousViolations(page), `/team ${lang} ${viewport.name}`).toEqual([]);

      const employee = await browser.newContext();
      const mine = await employee.newPage();
      await begin(mine, ACCOUNTS.employee.email);
      const score = (await (await mine.request.get('/api/v1/me/team-score')).json()) as {
        status: string;
        cell?: ApiCell;
      };
      expect(score.status).toBe('shown');
      await mine.goto('/me');
      await expect(mine.getByTestId('my-team-score')).toContainText(oneDecimal(lang, score.cell!.score!));
      expect(await seriousViolations(mine), `/me ${lang} ${viewport.name}`).toEqual([]);
      await employee.close();
    });
  }
}
