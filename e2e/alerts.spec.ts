import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { createPerson, workerDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

const sql = workerDatabase();
test.skip(!sql, 'The alerts spec sets up its own leader in the e2e database (DATABASE_URL).');

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * A leader of their own, of the demo's two teams, for whom the newest month is news: the step after
 * publication (run by the app on a signed-in request) is made to look at that month again, which
 * alerts only the leaders it has not alerted yet. Other specs' people are left as they are.
 */
async function newLeaderWithAlerts(page: Page, label: string): Promise<{ email: string; personId: number }> {
  const leader = await createPerson(sql!, label);
  await sql!`insert into person_roles (person_id, role) values (${leader.personId}, 'leader')`;
  await sql!`
    insert into team_leaders (team_id, person_id)
    select id, ${leader.personId} from teams where name in ('Applicatiebeheer', 'Servicedesk')`;
  await sql!`
    delete from alerted_periods where period_kind = 'month'
      and period_label = (select max(period_label) from alerted_periods where period_kind = 'month')`;
  await signIn(page, leader.email);
  await expect(async () => {
    await page.goto('/alerts');
    await expect(page.getByRole('list', { name: /Je meldingen|Your alerts/ }).getByRole('listitem')).not.toHaveCount(
      0,
      { timeout: 1_000 },
    );
  }).toPass({ timeout: 75_000, intervals: [2_000] });
  return leader;
}

const badge = (page: Page) => page.getByTestId('alert-badge');

test.describe.configure({ timeout: 180_000 });

test('a leader sees the unread count in the header, the list of alerts, and opening one marks it read', async ({
  page,
}) => {
  await newLeaderWithAlerts(page, 'alerts-list');
  const list = page.getByRole('list', { name: 'Je meldingen' });
  const items = list.getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(badge(page)).toHaveText(`Meldingen${count}: ${count} ongelezen meldingen`);
  await expect(list).toContainText(/Applicatiebeheer: de resultaten van \w+ \d{4} zijn gepubliceerd\./);
  await expect(list).toContainText(/Servicedesk: de resultaten van \w+ \d{4} zijn gepubliceerd\./);

  await list
    .getByRole('button', { name: /^Openen: Servicedesk: de resultaten van/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/team\/\d+\?period=month&at=\d{4}-\d{2}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Servicedesk' })).toBeVisible();
  await expect(badge(page)).toContainText(`${count - 1} ongelezen`);

  await page.goto('/alerts');
  await expect(items.filter({ hasText: 'Nieuw' })).toHaveCount(count - 1);
  await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
  await expect(badge(page)).toHaveText('Meldingen: geen ongelezen meldingen');
  await expect(items.filter({ hasText: 'Nieuw' })).toHaveCount(0);
  await expect(items).toHaveCount(count);
});

test('an employee has no badge and no alerts page', async ({ page }) => {
  const employee = await createPerson(sql!, 'alerts-employee');
  await signIn(page, employee.email);
  await expect(badge(page)).toHaveCount(0);
  expect((await page.goto('/alerts'))?.status()).toBe(403);
});

test('a leader chooses their alerts on /me, and a tampered choice is refused and changes nothing', async ({ page }) => {
  await newLeaderWithAlerts(page, 'alerts-preferences');
  await page.goto('/me');
  const section = page.getByRole('region', { name: 'Meldingen over je teams' });
  await expect(section.getByRole('checkbox')).toHaveCount(6);
  for (const checkbox of await section.getByRole('checkbox').all()) await expect(checkbox).toBeChecked();
  await section.getByRole('checkbox', { name: 'een lijn met duidelijk bewijs daalt' }).uncheck();
  await section.getByRole('checkbox', { name: /^Per e-mail/ }).uncheck();
  await section.getByRole('button', { name: 'Mijn keuzes bewaren' }).click();
  await expect(section.getByRole('status')).toHaveText('Je keuzes zijn bewaard.');
  await page.reload();
  await expect(section.getByRole('checkbox', { name: 'een lijn met duidelijk bewijs daalt' })).not.toBeChecked();
  await expect(section.getByRole('checkbox', { name: /^Per e-mail/ })).not.toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'opmerkingen zichtbaar worden' })).toBeChecked();

  await section.getByRole('checkbox', { name: 'opmerkingen zichtbaar worden' }).evaluate((input: HTMLInputElement) => {
    input.value = 'everything';
  });
  await section.getByRole('checkbox', { name: /^In de app/ }).uncheck();
  await section.getByRole('button', { name: 'Mijn keuzes bewaren' }).click();
  await expect(section.getByRole('status')).toContainText('Niet bewaard');
  await page.reload();
  await expect(section.getByRole('checkbox', { name: /^In de app/ })).toBeChecked();

  await section.getByRole('checkbox', { name: /^In de app/ }).uncheck();
  await section.getByRole('button', { name: 'Mijn keuzes bewaren' }).click();
  await expect(section.getByRole('status')).toHaveText('Je keuzes zijn bewaard.');
  await page.reload();
  await expect(badge(page)).toHaveText('Meldingen: geen ongelezen meldingen');
  await page.goto('/alerts');
  await expect(page.getByText('Je zette meldingen in de app uit')).toBeVisible();
});

test('the choices are saved without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const leader = await createPerson(sql!, 'alerts-no-js');
  await sql!`insert into person_roles (person_id, role) values (${leader.personId}, 'leader')`;
  await signIn(page, leader.email);
  await page.goto('/me');
  const section = page.getByRole('region', { name: 'Meldingen over je teams' });
  await section.getByRole('checkbox', { name: 'resultaten van een nieuwe maand gepubliceerd worden' }).uncheck();
  await section.getByRole('button', { name: 'Mijn keuzes bewaren' }).click();
  await expect(section.getByRole('status')).toHaveText('Je keuzes zijn bewaard.');
  await page.goto('/me');
  await expect(
    section.getByRole('checkbox', { name: 'resultaten van een nieuwe maand gepubliceerd worden' }),
  ).not.toBeChecked();
  await context.close();
});

test('HR turns alert e-mails for leaders off and on again beside the thresholds', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/pulses');
  const section = page.getByRole('region', { name: 'E-mails met meldingen voor leidinggevenden' });
  const checkbox = section.getByRole('checkbox', { name: 'Leidinggevenden mogen e-mails met meldingen krijgen' });
  await expect(checkbox).toBeChecked();
  await checkbox.uncheck();
  await section.getByRole('button', { name: 'Bewaren' }).click();
  await expect(section.getByRole('status')).toHaveText('Bewaard.');
  await page.reload();
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await section.getByRole('button', { name: 'Bewaren' }).click();
  await expect(section.getByRole('status')).toHaveText('Bewaard.');
  await page.reload();
  await expect(checkbox).toBeChecked();
});

for (const size of WIDTHS) {
  test(`the alerts page and the choices on /me at ${size.width} px, in Dutch and English, have no serious accessibility violation`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await newLeaderWithAlerts(page, `alerts-axe-${size.name}`);
    for (const [language, lang] of [
      ['Nederlands', 'nl'],
      ['English', 'en'],
    ] as const) {
      await page.goto('/alerts');
      if (lang === 'en') {
        await page.getByRole('button', { name: language }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Alerts' : 'Meldingen');
      const list = page.getByRole('list', { name: lang === 'en' ? 'Your alerts' : 'Je meldingen' });
      await expect(list).toContainText(
        lang === 'en' ? 'Applicatiebeheer: the results of' : 'Applicatiebeheer: de resultaten van',
      );
      await expect(badge(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page), `/alerts in ${lang} at ${size.width}`).toEqual([]);
      await page.goto('/me#alert-preferences');
      await expect(
        page.getByRole('region', { name: lang === 'en' ? 'Alerts about your teams' : 'Meldingen over je teams' }),
      ).toBeVisible();
      expect(await seriousViolations(page), `/me in ${lang} at ${size.width}`).toEqual([]);
    }
  });
}
