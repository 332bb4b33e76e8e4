import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { hrPage, plainEmployees } from './support/hr-admin-pages';
import { expect, test } from './support/test';

test('the admin grants and revokes HR, and finds both in the audit log', async ({ page, browser }) => {
  const hr = await hrPage(browser);
  const [person] = await plainEmployees(hr, 5);
  await hr.context().close();
  expect(person).toBeDefined();

  await signIn(page, ACCOUNTS.admin.email);
  const holders = page.getByRole('table', { name: 'HR en beheerders' });
  await expect(holders.getByRole('rowheader', { name: person!.name })).toHaveCount(0);
  await page.getByLabel('E-mailadres', { exact: true }).fill(person!.email);
  await page.getByLabel('Rol', { exact: true }).selectOption('hr');
  await page.getByRole('button', { name: 'Toekennen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Toegekend.' })).toBeVisible();
  await expect(holders.getByRole('rowheader', { name: person!.name })).toBeVisible();

  await page.getByRole('button', { name: `HR intrekken bij ${person!.name}` }).click();
  await expect(holders.getByRole('rowheader', { name: person!.name })).toHaveCount(0);

  await page.getByRole('link', { name: 'Auditlogboek openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlogboek' })).toBeVisible();
  const changes = [
    ['role.grant', 'Rol toegekend', /Rollen: geen → +wordt +HR/],
    ['role.revoke', 'Rol ingetrokken', /Rollen: HR → +wordt +geen/],
  ] as const;
  for (const [action, label, change] of changes) {
    await page.getByLabel('Actie').selectOption(action);
    await page.getByLabel('Persoon', { exact: true }).fill(person!.email);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(new RegExp(`action=${action.replace('.', '\\.')}`));
    const entry = page.getByRole('row').filter({ hasText: person!.name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('admin@demo.test');
    await expect(entry.getByRole('rowheader')).toHaveText(label);
    await expect(entry).toContainText(change);
    await expect(entry).not.toContainText(`person ${person!.id}`);
  }
});

test('the last admin cannot lose the admin role', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.getByRole('button', { name: `Beheerder intrekken bij ${DEMO_ACCOUNTS.admin.name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dit is de laatste actieve beheerder.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: `Beheerder intrekken bij ${DEMO_ACCOUNTS.admin.name}` })).toBeVisible();
});

test('the admin sees how many old responses retention would delete before confirming', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.getByLabel('Ouder dan (maanden)').fill('3');
  await page.getByRole('button', { name: 'Tellen' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        /antwoorden op \d+ pulses van (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}.* zouden verwijderd worden/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Definitief verwijderen' })).toBeVisible();
});
