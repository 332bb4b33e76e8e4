import { type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { plainEmployees } from './support/hr-admin-pages';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

const HEADER = 'email,name,department,team,role,leader_email,new_department';

async function peopleMatching(page: Page, q: string): Promise<number> {
  const response = await page.request.get(`/api/v1/people?status=all&q=${encodeURIComponent(q)}`);
  return ((await response.json()) as { total: number }).total;
}

test('HR imports people: a file with an invalid row is refused with its line number and changes nothing, then a valid file is applied', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/people/import');
  const csv = page.getByLabel('Of plak de inhoud hier');
  const valid = [
    HEADER,
    'e2e.import.lead@demo.test,Iris Import,E2E Import,Team Import,,,ja',
    'e2e.import.member@demo.test,Milan Import,E2E Import,Team Import,,e2e.import.lead@demo.test,',
  ];

  await csv.fill([...valid, 'not-an-email,Broken Row,E2E Import,Team Import,,,'].join('\n'));
  await page.getByRole('button', { name: 'Proefdraai' }).click();
  await expect(page.getByRole('heading', { name: '1 fout: er wordt niets doorgevoerd' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Regel 4' })).toContainText(
    'geen geldig e-mailadres: “not-an-email”',
  );
  await expect(page.getByRole('button', { name: 'Wijzigingen doorvoeren' })).toHaveCount(0);
  expect(await peopleMatching(page, 'e2e.import')).toBe(0);

  await csv.fill(valid.join('\n'));
  await page.getByRole('button', { name: 'Proefdraai' }).click();
  await expect(page.getByRole('heading', { name: 'Wat er zou veranderen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nieuwe mensen (2)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nieuwe afdelingen (1)' })).toBeVisible();
  expect(await peopleMatching(page, 'e2e.import')).toBe(0);

  await page.getByRole('button', { name: 'Wijzigingen doorvoeren' }).click();
  await expect(page.getByRole('heading', { name: 'Doorgevoerd' })).toBeVisible();
  expect(await peopleMatching(page, 'e2e.import')).toBe(2);
  await page.goto('/org/people?q=e2e.import');
  await expect(page.getByRole('rowheader', { name: 'Iris Import' })).toBeVisible();
  await page.goto('/org/structure');
  await expect(page.getByRole('heading', { level: 2, name: 'E2E Import' })).toBeVisible();
});

test('the dry run matches the organisation: the nested Magazijn, a near-duplicate warned about, every error of a bad row beside the plan of the good ones', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/people/import');
  const template = await page.request.get(
    (await page.getByRole('link', { name: 'Download het sjabloon (CSV)' }).getAttribute('href'))!,
  );
  expect(template.status()).toBe(200);
  expect(await template.text()).toContain('email;name;department;team;role;leader_email;new_department');

  await page
    .getByLabel('Of plak de inhoud hier')
    .fill(
      [
        HEADER,
        'e2e.match.a@demo.test,Anke Match,Productie,Magazijn,,,',
        'e2e.match.b@demo.test,Bram Match,Productie,Magazyn,,,',
        'not-an-email,,Productiee,Magazijn,boss,nobody@demo.test,',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Proefdraai' }).click();

  const errors = page.getByRole('region', { name: '5 fouten: er wordt niets doorgevoerd' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'Regel 4: geen geldig e-mailadres: “not-an-email”.',
    'Regel 4: de naam ontbreekt of is langer dan 200 tekens.',
    'Regel 4: de rol “boss” bestaat niet; gebruik employee of leader, of laat leeg.',
    'Regel 4: er bestaat geen afdeling “Productiee”. Wil je ze aanmaken, zet dan yes in de kolom new_department. Bedoel je Productie?',
    'Regel 4: de leidinggevende nobody@demo.test staat niet in het bestand en niet in Verbinding.',
  ]);
  const warnings = page.getByRole('region', { name: '1 waarschuwing' });
  await expect(warnings.getByRole('listitem')).toContainText(
    'Regel 3: het nieuwe team “Magazyn” lijkt op het bestaande Productie › Productie Logistiek › Magazijn.',
  );
  const plan = page.getByRole('region', { name: 'Wat de geldige regels zouden veranderen' });
  await expect(plan.getByRole('heading', { name: 'Nieuwe mensen (2)' })).toBeVisible();
  await expect(plan.getByRole('listitem').filter({ hasText: 'Anke Match' })).toContainText(
    'Productie Logistiek / Magazijn',
  );
  await expect(plan.getByRole('heading', { name: 'Nieuwe teams (1)' })).toBeVisible();
  await expect(plan.getByRole('listitem').filter({ hasText: /^Productie \/ Magazyn$/ })).toHaveCount(1);
  await expect(plan.getByRole('heading', { name: /Nieuwe afdelingen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Wijzigingen doorvoeren' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await peopleMatching(page, 'e2e.match')).toBe(0);
});

test('HR finds a team’s members by the team’s name', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/people?q=Servicedesk&status=active');
  const rows = page.getByRole('table', { name: 'Mensen' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const teams = await rows.locator('td:nth-of-type(2)').allTextContents();
  expect(teams.length).toBeGreaterThan(5);
  for (const team of teams) expect(team).toContain('Servicedesk');
  expect(await seriousViolations(page)).toEqual([]);
});

test('HR moves a person to another team and sees the history kept', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const [person] = await plainEmployees(page, 3);
  expect(person).toBeDefined();
  await page.goto(`/org/people/${person!.id}`);
  const history = page.getByRole('table', { name: 'Teamgeschiedenis' });
  await expect(history.getByRole('row')).toHaveCount(2);
  const before = person!.teamName!;
  const team = page.getByLabel('Nieuw team');
  const target = (await team.locator('option').allTextContents()).find(
    (name) => name !== before && name !== 'Servicedesk' && name !== 'Applicatiebeheer',
  )!;
  await team.selectOption({ label: target });
  await page.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Verplaatst' })).toBeVisible();
  await expect(page.getByText(`Huidig team: ${target}`)).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText(`${target}`);
  await expect(history.getByRole('row').nth(1)).toContainText('nu');
  await expect(history.getByRole('row').nth(2)).toContainText(before);
  await expect(history.getByRole('row').nth(2)).not.toContainText('nu');
});

test('HR changes the cadence and sees the next pulse preview change', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/pulses');
  const after = page.getByTestId('next-pulse-after');
  const weekly = await after.textContent();
  const cadence = page.getByLabel('Ritme');
  await expect(cadence).toHaveValue('weekly');

  await cadence.selectOption('monthly');
  await page.getByRole('button', { name: 'Planning opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opgeslagen. De volgende pulse hierboven volgt de nieuwe planning.' }),
  ).toBeVisible();
  await expect(after).not.toHaveText(weekly!);
  await expect(cadence).toHaveValue('monthly');

  // Back to weekly, so that the other specs find the demo's schedule.
  await cadence.selectOption('weekly');
  await page.getByRole('button', { name: 'Planning opslaan' }).click();
  await expect(after).toHaveText(weekly!);
});

test('HR gets a clear message and no change for a bad schedule', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  await page.goto('/org/pulses');
  const days = page.getByLabel('Dagen open');
  await days.fill('9');
  await page.getByRole('button', { name: 'Planning opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Niet opgeslagen: kijk de aangeduide velden na.' }),
  ).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Een pulse is minstens 1 dag open en sluit voor de volgende opent.')).toBeVisible();
  const { schedule } = (await (await page.request.get('/api/v1/pulse-settings')).json()) as {
    schedule: { openDays: number };
  };
  expect(schedule.openDays).toBe(7);
});
