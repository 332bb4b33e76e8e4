import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { createPerson, workerDatabase } from './support/e2e-people';
import { expect, test } from './support/test';

const sql = workerDatabase();
test.skip(!sql, 'The chat delivery spec records Teams messages of its own in the e2e database (DATABASE_URL).');
// One spec changes HR's choice and puts it back: its tests run one after the other.
test.describe.configure({ mode: 'serial' });

const chatSection = (page: Page, name: string) => page.getByRole('region', { name });
/** The open pulse's Teams messages delivered, waiting and failed, as the page shows them. */
const teamsCounts = (page: Page) =>
  Promise.all(['delivered', 'waiting', 'failed'].map((state) => page.getByTestId(`chat-teams-${state}`).textContent()));

/**
 * Teams messages of the open pulse for a person of the spec's own, in each state, as the delivery
 * job leaves them: Teams is never chosen for pulses here, so these are the open pulse's only ones.
 */
async function recordTeamsMessages(): Promise<void> {
  const person = await createPerson(sql!, 'chat');
  const message = {
    title: 'Je pulse staat klaar',
    lines: ['…'],
    link: { label: 'Open', url: 'http://x.test/survey' },
    note: '',
  };
  const states = ['delivered', 'delivered', 'waiting', 'failed'];
  for (const [index, status] of states.entries()) {
    await sql!`
      insert into chat_deliveries (channel, person_id, kind, pulse_id, key, message, status, attempts, next_attempt_at)
      select 'teams', ${person.personId}, 'invitation', id, ${`e2e:${index}`}, ${sql!.json(message)}, ${status}, 1,
        now() + interval '1 day'
      from pulses where opens_at <= now() and closes_at > now() order by closes_at limit 1`;
  }
}

test('HR chooses Teams and Slack beside e-mail, and sees the open pulse’s messages in counts per channel', async ({
  page,
}) => {
  await recordTeamsMessages();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/pulses');
  const section = chatSection(page, 'Teams en Slack');
  await expect(section.getByText('Microsoft Teams: ingesteld op deze server.')).toBeVisible();
  await expect(section.getByText('Slack: ingesteld op deze server.')).toBeVisible();
  await expect(teamsCounts(page)).resolves.toEqual(['2', '1', '1']);
  await expect(section.getByTestId('chat-counts').getByRole('definition')).toHaveCount(6);
  await expect(section.getByTestId('chat-counts').getByRole('term').first()).toHaveText('Afgeleverd');

  const pulses = section.getByRole('group', { name: 'Uitnodigingen en herinneringen' });
  const digests = section.getByRole('group', { name: 'Overzichten van meldingen voor leidinggevenden' });
  const save = section.getByRole('button', { name: 'Bewaar de kanalen' });
  // Without e-mail and without a chat channel, nobody would get their invitation: refused, nothing saved.
  await pulses.getByRole('checkbox', { name: 'Per e-mail' }).uncheck();
  await save.click();
  await expect(section.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await expect(
    section.getByText('Kies minstens één manier om mensen te bereiken: e-mail, Teams of Slack.'),
  ).toBeVisible();

  await pulses.getByRole('checkbox', { name: 'Per e-mail' }).check();
  await pulses.getByRole('checkbox', { name: 'Slack' }).check();
  await digests.getByRole('checkbox', { name: 'Microsoft Teams' }).check();
  await save.click();
  await expect(section.getByRole('status').filter({ hasText: 'Bewaard.' })).toBeVisible();
  await page.reload();
  await expect(pulses.getByRole('checkbox', { name: 'Per e-mail' })).toBeChecked();
  await expect(pulses.getByRole('checkbox', { name: 'Slack' })).toBeChecked();
  await expect(pulses.getByRole('checkbox', { name: 'Microsoft Teams' })).not.toBeChecked();
  await expect(digests.getByRole('checkbox', { name: 'Microsoft Teams' })).toBeChecked();
  await expect(section.getByRole('heading', { name: 'Slack', level: 4 })).toBeVisible();

  for (const [language, lang, title] of [
    ['Nederlands', 'nl', 'Teams en Slack'],
    ['English', 'en', 'Teams and Slack'],
  ] as const) {
    if (lang === 'en') {
      await page.getByRole('button', { name: language }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    const shown = chatSection(page, title);
    await expect(shown.getByTestId('chat-counts')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await seriousViolations(page), `/org/pulses in ${lang} at 1280`).toEqual([]);
  }
  const english = chatSection(page, 'Teams and Slack');
  await expect(teamsCounts(page)).resolves.toEqual(['2', '1', '1']);
  await expect(english.getByText('Counts for the whole organisation, never names.', { exact: false })).toBeVisible();

  // Back to e-mail only, so that the other specs find the demo's choice.
  await english
    .getByRole('group', { name: 'Invitations and reminders' })
    .getByRole('checkbox', { name: 'Slack' })
    .uncheck();
  await english
    .getByRole('group', { name: 'Leaders’ alert digests' })
    .getByRole('checkbox', { name: 'Microsoft Teams' })
    .uncheck();
  await english.getByRole('button', { name: 'Save the channels' }).click();
  await expect(english.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
});
