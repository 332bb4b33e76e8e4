import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

const mailSection = (page: Page, name: string) => page.getByRole('region', { name });
const count = async (page: Page, key: string) =>
  Number((await page.getByTestId(`count-${key}`).textContent())?.replace(/\D/g, ''));

test('HR sets when the e-mails go out, sends the reminder now once, and sees the open pulse in counts', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/pulses');
  const section = mailSection(page, 'Uitnodigingen en herinneringen');
  // The seeded pulse opened at 06:00 Brussels time, as the schedule says, and closes at 06:00.
  await expect(section.getByTestId('open-pulse-window')).toContainText(/van .*06:00 tot .*06:00/);
  expect(await count(page, 'inPulse')).toBeGreaterThan(0);

  // A reminder day past the longest pulse is refused, and nothing changes.
  const reminderDay = section.getByLabel('Dag van de pulse');
  await section.getByLabel('Herinnering', { exact: true }).selectOption('day-time');
  await reminderDay.fill('40');
  await section.getByRole('button', { name: 'Bewaar de tijden' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await expect(reminderDay).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('Geef een dag van 1 tot 28.')).toBeVisible();

  await section.getByLabel('Uitnodiging', { exact: true }).selectOption('time');
  await section.getByLabel('Uur van de uitnodiging').fill('08:30');
  await reminderDay.fill('3');
  await section.getByLabel('Uur van de herinnering').fill('10:15');
  await section.getByRole('button', { name: 'Bewaar de tijden' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Bewaard.' })).toBeVisible();
  await page.reload();
  await expect(section.getByLabel('Herinnering', { exact: true })).toHaveValue('day-time');
  await expect(section.getByText(/^Uitnodigingen: .*08:30$/)).toBeVisible();
  await expect(section.getByText(/^Herinnering: .*10:15$/)).toBeVisible();

  const remindedBefore = await count(page, 'reminded');
  await section.getByRole('button', { name: 'Stuur de herinnering nu' }).click();
  const result = section.getByRole('status').filter({ hasText: /herinnering(en)? verstuurd|Niemand meer/ });
  await expect(result).toBeVisible();
  const sent = Number(/(\d+) herinnering/.exec((await result.textContent()) ?? '')?.[1] ?? 0);
  await expect(page.getByTestId('count-reminded')).toHaveText(String(remindedBefore + sent));
  expect(remindedBefore + sent).toBeGreaterThan(0);

  // A second press sends nothing: everyone not answered has had their one reminder.
  await section.getByRole('button', { name: 'Stuur de herinnering nu' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Niemand meer om te herinneren' })).toBeVisible();
  await expect(page.getByTestId('count-reminded')).toHaveText(String(remindedBefore + sent));
  const answered = await page.getByTestId('count-answered').textContent();
  expect(answered).toMatch(/^\d+$/);
});

for (const size of WIDTHS) {
  test(`/org/pulses with its e-mail controls at ${size.width} px, in Dutch and English, has no serious accessibility violation`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await signIn(page, ACCOUNTS.hr.email);
    for (const [language, lang, title] of [
      ['Nederlands', 'nl', 'Uitnodigingen en herinneringen'],
      ['English', 'en', 'Invitations and reminders'],
    ] as const) {
      await page.goto('/org/pulses');
      if (lang === 'en') {
        await page.getByRole('button', { name: language }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      const section = mailSection(page, title);
      await expect(
        section.getByRole('button', { name: lang === 'en' ? 'Send the reminder now' : 'Stuur de herinnering nu' }),
      ).toBeVisible();
      await expect(section.getByTestId('open-pulse-counts')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await seriousViolations(page), `/org/pulses in ${lang} at ${size.width}`).toEqual([]);
    }
  });
}
