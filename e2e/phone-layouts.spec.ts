import type { BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { departmentNamed } from './support/org-report';
import { teamIdOf } from './support/team-page';
import { expect, test } from './support/test';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const BASELINE = {
  maxDiffPixelRatio: 0.01,
  stylePath: 'e2e/support/phone-baseline.css',
  animations: 'disabled',
} as const;

type Account = keyof typeof ACCOUNTS;

/** The report pages, each with who reads it; a path may depend on the demo's ids. */
const REPORT_PAGES: { name: string; account: Account; path: (page: Page) => string | Promise<string> }[] = [
  { name: '/team', account: 'leader', path: () => '/team' },
  { name: '/team/[id]', account: 'leader', path: async (page) => `/team/${await teamIdOf(page, 'Servicedesk')}` },
  { name: '/org', account: 'hr', path: () => '/org' },
  {
    name: '/org/departments/[id]',
    account: 'hr',
    path: async (page) => `/org/departments/${(await departmentNamed(page, 'Productie')).id}`,
  },
  { name: '/me', account: 'employee', path: () => '/me' },
  { name: '/org/people', account: 'hr', path: () => '/org/people' },
  { name: '/admin/audit', account: 'admin', path: () => '/admin/audit' },
];

async function chooseLanguage(context: BrowserContext, locale: 'nl' | 'en') {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: test.info().project.use.baseURL! }]);
}

/** Whether the document itself is wider than the screen: then the reader has to hunt sideways. */
const documentOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const report of REPORT_PAGES) {
  test(`${report.name} does not scroll sideways on a phone of 390 px`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signIn(page, ACCOUNTS[report.account].email);
    const response = await page.goto(await report.path(page));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await documentOverflow(page), `${report.name} is wider than the screen`).toBeLessThanOrEqual(0);
  });
}

test('on a phone a heatmap keeps its narrow name column in place and says that it scrolls', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ACCOUNTS.hr.email);
  const region = page.getByRole('region', { name: /^Afdelingen × de vier lijnen, / });
  await expect(page.getByText('Veeg opzij voor meer kolommen →').first()).toBeVisible();
  const nameCell = region.getByRole('rowheader').first();
  const before = await nameCell.boundingBox();
  expect(before!.width).toBeLessThanOrEqual(130);
  await region.evaluate((element) => element.scrollBy({ left: 200 }));
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect((await nameCell.boundingBox())!.x).toBeCloseTo(before!.x, 0);
});

test('the trend fits its axis and shows bands on request; the team over time and the trend table are newest first', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ACCOUNTS.leader.email);
  await page.goto(`/team/${await teamIdOf(page, 'Servicedesk')}?period=week&range=3m`);
  const overTime = page.getByRole('table', { name: 'Servicedesk: de vier lijnen per week' });
  const weeks = (await overTime.getByRole('rowheader').allInnerTexts()).map((label) => Number(label.slice(1)));
  expect(weeks.length).toBeGreaterThan(3);
  // Newest first; a turn of the year is the one place the number goes up.
  expect(weeks.filter((week, index) => index > 0 && week > weeks[index - 1]!).length).toBeLessThanOrEqual(1);
  // The chart fits its axis to the scores and says so; the intervals are drawn only when asked for.
  await expect(page.getByText(/^Schaal: score \d+–\d+ van 0–100 \(de as begint niet bij 0\)\.$/)).toBeVisible();
  const bands = page.getByRole('button', { name: 'Toon 95%-intervallen' });
  await expect(bands).toHaveAttribute('aria-pressed', 'false');
  await bands.click();
  await expect(bands).toHaveAttribute('aria-pressed', 'true');
  await page.getByText('Toon de cijfers als tabel').click();
  const table = page.getByRole('table', { name: /De vier lijnen van Servicedesk per periode/ });
  const periods = (await table.getByRole('rowheader').allInnerTexts()).map((label) => {
    const [, week, year] = /^week (\d+) van (\d{4})$/.exec(label)!;
    return Number(year) * 100 + Number(week);
  });
  expect(periods).toEqual([...periods].sort((a, b) => b - a));
  expect(periods.map((period) => period % 100)).toContain(weeks[0]);
});

test('/me shows you and your team as a card per week, newest first', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ACCOUNTS.employee.email);
  await page.goto('/me');
  const cards = page.getByRole('list', { name: 'Jij en je team' }).getByRole('listitem');
  expect(await cards.count()).toBeGreaterThan(1);
  const first = cards.first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^week \d+ van \d{4}$/);
  await expect(first.getByRole('definition')).toHaveCount(4);
  await expect(first.getByRole('definition').first()).toContainText(/^Jij: .*Team: /);
  const [newest, older] = await cards.getByRole('heading', { level: 3 }).allInnerTexts();
  const weekNumber = (text: string | undefined) =>
    Number(
      /week (\d+) van (\d+)/
        .exec(text ?? '')!
        .slice(1)
        .reverse()
        .join(''),
    );
  expect(weekNumber(newest)).toBeGreaterThan(weekNumber(older));
});

test.describe('phone baselines', () => {
  // The baselines' style sheet is injected inline, which the app's Content-Security-Policy rightly refuses.
  test.use({ viewport: PHONE, bypassCSP: true });

  test('the team page on a phone', async ({ page }) => {
    await signIn(page, ACCOUNTS.leader.email);
    await page.goto(`/team/${await teamIdOf(page, 'Servicedesk')}`);
    await expect(page.locator('#trend canvas')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveScreenshot('team-page-phone.png', BASELINE);
  });

  test('/org on a phone', async ({ page }) => {
    await signIn(page, ACCOUNTS.hr.email);
    // The results stream in after the page's frame: the heatmap is the sign that they are there.
    await expect(page.getByRole('region', { name: /^Afdelingen × de vier lijnen, / })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveScreenshot('org-phone.png', BASELINE);
    // Its caption and column headers: other specs add departments, and so rows, while this one runs.
    const heatmap = (await page.getByRole('region', { name: /^Afdelingen × de vier lijnen, / }).boundingBox())!;
    const header = (await page.locator('#org-heatmap-caption').locator('..').locator('thead').boundingBox())!;
    await expect(page).toHaveScreenshot('org-heatmap-phone.png', {
      ...BASELINE,
      fullPage: true,
      clip: { x: heatmap.x, y: heatmap.y, width: heatmap.width, height: header.y + header.height - heatmap.y },
    });
  });

  test('/me on a phone', async ({ page }) => {
    await signIn(page, ACCOUNTS.employee.email);
    await page.goto('/me');
    await expect(page.getByRole('list', { name: 'Jij en je team' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveScreenshot('me-phone.png', BASELINE);
    await expect(page.getByRole('list', { name: 'Jij en je team' })).toHaveScreenshot('me-cards-phone.png', BASELINE);
  });
});

for (const viewport of [PHONE, DESKTOP])
  for (const locale of ['nl', 'en'] as const)
    test(`the team page, /org and /me have no serious or critical accessibility violation at ${viewport.width} px in ${locale}`, async ({
      browser,
    }) => {
      const visits: [Account, (page: Page) => string | Promise<string>][] = [
        ['leader', async (page) => `/team/${await teamIdOf(page, 'Servicedesk')}`],
        ['hr', () => '/org'],
        ['employee', () => '/me'],
      ];
      for (const [account, path] of visits) {
        const context = await browser.newContext({ viewport });
        await chooseLanguage(context, locale);
        const page = await context.newPage();
        await signIn(page, ACCOUNTS[account].email);
        const target = await path(page);
        await page.goto(target);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), `${target} at ${viewport.width} px in ${locale}`).toEqual([]);
        await context.close();
      }
    });
