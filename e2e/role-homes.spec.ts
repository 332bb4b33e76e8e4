import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

test('the employee sees their team and the pulse that is open now', async ({ page }) => {
  await signIn(page, ACCOUNTS.employee.email);
  await expect(page.getByText(/^Je team: /)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Open tot / })).toBeVisible();
  await expect(page.getByText(/^8 korte vragen, ongeveer twee minuten/)).toBeVisible();
  await expect(page.getByRole('group')).toHaveCount(8);
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link')).toHaveText([
    'Mijn pulse',
    'Mijn resultaten',
  ]);
});

test('the leader sees the two teams they lead, one of them the employee’s', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const chooser = page.getByRole('table', { name: /Je teams, met hun afdeling/ });
  const rows = chooser.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('cell', { name: 'Je leidt dit team' })).toHaveCount(2);
  const employeeTeam = await page.request
    .get('/api/v1/me')
    .then((r) => r.json() as Promise<{ currentTeam: { teamName: string } }>);
  await expect(chooser.getByRole('rowheader', { name: employeeTeam.currentTeam.teamName })).toBeVisible();
});

test('the department head sees every team below their department', async ({ page }) => {
  await signIn(page, ACCOUNTS.head.email);
  await expect(page.getByRole('cell', { name: 'Via je afdeling' }).first()).toBeVisible();
  const { teams } = await page.request.get('/api/v1/teams').then((r) => r.json() as Promise<{ teams: unknown[] }>);
  expect(teams.length).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('table', { name: /Je teams, met hun afdeling/ }).getByRole('row')).toHaveCount(
    teams.length + 1,
  );
});

test('HR sees the organisation with its nested department', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const { departments } = await page.request
    .get('/api/v1/departments')
    .then((r) => r.json() as Promise<{ departments: { name: string; children: { name: string }[] }[] }>);
  expect(departments.length).toBeGreaterThanOrEqual(5);
  const nested = departments.flatMap((d) => d.children);
  expect(nested.length).toBeGreaterThanOrEqual(1);
  const parent = departments.find((d) => d.children.includes(nested[0]!))!;
  const heatmap = page.getByRole('table', { name: /^Afdelingen × de vier lijnen/ });
  await heatmap.getByRole('link', { name: parent.name, exact: true }).click();
  await expect(heatmap.getByRole('rowheader', { name: nested[0]!.name })).toBeVisible();
});

test('the admin sees the sign-in methods and the people counts', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await expect(page.getByRole('heading', { name: 'Aanmeldmethoden' })).toBeVisible();
  await expect(page.getByText('E-mailadres en wachtwoord')).toBeVisible();
});
