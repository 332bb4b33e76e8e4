import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const WORDS = {
  nl: {
    title: 'Auditlogboek',
    person: 'Persoon',
    action: 'Actie',
    from: 'Van',
    to: 'Tot en met',
    filter: 'Filteren',
    signedIn: 'Aangemeld',
    method: 'Aangemeld met: wachtwoord',
    export: 'Downloaden als CSV',
    header: 'Tijdstip (UTC);Wie;E-mailadres;Wat;Onderwerp;Ervoor → erna',
    separator: ';',
    invalid: /Met deze filters kan niet gezocht worden/,
  },
  en: {
    title: 'Audit log',
    person: 'Person',
    action: 'Action',
    from: 'From',
    to: 'To',
    filter: 'Filter',
    signedIn: 'Signed in',
    method: 'Signed in with: password',
    export: 'Download as CSV',
    header: 'Time (UTC),Who,E-mail address,What,Subject,Before → after',
    separator: ',',
    invalid: /These filters cannot be used/,
  },
} as const;

/** Today in the organisation's time zone, as a date field holds it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

const documentOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const size of SIZES) {
  for (const locale of ['nl', 'en'] as const) {
    test(`the admin filters the audit log by person, action and day and downloads it, at ${size.width} px in ${locale}`, async ({
      browser,
    }) => {
      const words = WORDS[locale];
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: test.info().project.use.baseURL! }]);
      const page = await context.newPage();
      await signIn(page, ACCOUNTS.admin.email);
      await page.goto('/admin/audit');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);

      await page.getByLabel(words.person, { exact: true }).fill(ACCOUNTS.admin.email);
      await page.getByLabel(words.action, { exact: true }).selectOption('session.sign-in');
      await page.getByLabel(words.from, { exact: true }).fill(today());
      await page.getByLabel(words.to, { exact: true }).fill(today());
      await page.getByRole('button', { name: words.filter, exact: true }).click();
      const query = `action=session.sign-in&person=admin%40demo.test&from=${today()}&to=${today()}`;
      await expect(page).toHaveURL(
        `/admin/audit?person=admin%40demo.test&action=session.sign-in&from=${today()}&to=${today()}`,
      );

      const entries = page
        .getByRole('table')
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader') });
      await expect(entries.first()).toBeVisible();
      for (const entry of await entries.all()) {
        await expect(entry.getByRole('rowheader')).toHaveText(words.signedIn);
        await expect(entry).toContainText(ACCOUNTS.admin.email);
        await expect(entry).toContainText(words.method);
      }
      expect(await documentOverflow(page), 'the log is wider than the screen').toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), `/admin/audit at ${size.width} px in ${locale}`).toEqual([]);

      const exportLink = page.getByRole('link', { name: words.export });
      await expect(exportLink).toHaveAttribute('href', `/api/v1/export/audit.csv?${query}`);
      const download = await page.request.get(`/api/v1/export/audit.csv?${query}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('text/csv');
      const csv = await download.text();
      expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe(words.header);
      const shown = await entries.first().locator('time').getAttribute('datetime');
      expect(csv).toContain(`${shown}${words.separator}`);

      await page.goto(`/admin/audit?from=${today()}&to=2000-01-01`);
      await expect(page.getByRole('alert').filter({ hasText: words.invalid })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
      expect(await seriousViolations(page), `the refused filter at ${size.width} px in ${locale}`).toEqual([]);
      await context.close();
    });
  }
}

test('the API and the export refuse a bad filter with a 422 that names it, and answer a good one in words', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.admin.email);
  const refused = [
    ['/api/v1/admin/audit?from=2026-02-30', /from: The from date must be a date/],
    ['/api/v1/admin/audit?entity=person', /Unrecognized key/],
    ['/api/v1/export/audit.csv?action=person.teleport', /action: The action must be one of/],
    ['/api/v1/export/audit.csv?from=2026-02-02&to=2026-02-01', /must not lie after the to date/],
  ] as const;
  for (const [path, message] of refused) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(422);
    expect(await response.json(), path).toEqual({
      error: { code: 'invalid_input', message: expect.stringMatching(message) },
    });
  }
  const response = await page.request.get('/api/v1/admin/audit?action=session.sign-in&person=admin%40demo.test');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; entries: Record<string, unknown>[] };
  expect(body.total).toBeGreaterThan(0);
  expect(body.entries[0]).toMatchObject({
    action: 'session.sign-in',
    actionLabel: 'Aangemeld',
    actorEmail: ACCOUNTS.admin.email,
    changes: [{ label: 'Aangemeld met', after: 'wachtwoord' }],
  });
});
