import type { Locator } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { switchLanguage } from './support/conversations';
import { departmentNamed } from './support/org-report';
import { expect, test } from './support/test';

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS_EN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DAYS_NL = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
/** British: "Saturday, 5 December 2026 at 09:30", "5 Dec 2026". */
const EN_GB_FULL = new RegExp(`(${DAYS_EN}), \\d{1,2} (${MONTHS_EN}) \\d{4} at \\d{2}:\\d{2}`);
const EN_GB_MEDIUM = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/;
/** American: "December 5, 2026", "Dec 5, 2026", "9:30 AM". */
const EN_US = new RegExp(
  `\\b(${MONTHS_EN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}|\\d (AM|PM)\\b`,
);
/** Belgian: "zaterdag 5 december 2026 om 09:30". */
const NL_BE_FULL = new RegExp(`(${DAYS_NL}) \\d{1,2} (${MONTHS_NL}) \\d{4} om \\d{2}:\\d{2}`);

test('the survey and the pulse planning write dates as in Britain in English and as in Belgium in Dutch', async ({
  browser,
}) => {
  const employee = await browser.newPage();
  await signIn(employee, ACCOUNTS.employee.email);
  await employee.goto('/survey');
  const openUntil = employee.getByRole('heading', { level: 2, name: /^Open tot / });
  await expect(openUntil).toHaveText(NL_BE_FULL);
  await switchLanguage(employee, 'en');
  const openUntilEn = employee.getByRole('heading', { level: 2, name: /^Open until / });
  await expect(openUntilEn).toHaveText(EN_GB_FULL);
  await expect(openUntilEn).not.toHaveText(EN_US);
  await switchLanguage(employee, 'nl');

  const hr = await browser.newPage();
  await signIn(hr, ACCOUNTS.hr.email);
  await hr.goto('/org/pulses');
  await expect(hr.getByTestId('next-pulse-window')).toHaveText(NL_BE_FULL);
  await switchLanguage(hr, 'en');
  await expect(hr.getByTestId('next-pulse-window')).toHaveText(EN_GB_FULL);
  await expect(hr.getByTestId('next-pulse-window')).not.toHaveText(EN_US);
  await expect(hr.getByText(/^last /).first()).toHaveText(EN_GB_MEDIUM);
  expect(await hr.locator('main').innerText()).not.toMatch(EN_US);
  await switchLanguage(hr, 'nl');
});

test('the admin page says what the sign-in settings mean, the variable names only as detail for IT', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.goto('/admin');
  const signInSection = page.getByRole('region', { name: 'Aanmeldmethoden' });
  await expect(
    signInSection.getByText(/^Aanmelden met een Microsoft-werkaccount \(Entra ID\) staat uit\./),
  ).toBeVisible();
  await expect(signInSection.getByText(/AUTH_MICROSOFT_ENTRA_ID/)).toBeHidden();
  await signInSection.getByText('Technische details voor IT').click();
  await expect(signInSection.getByText(/AUTH_MICROSOFT_ENTRA_ID_ISSUER/)).toBeVisible();
  expect(await seriousViolations(page), 'nl').toEqual([]);
  await switchLanguage(page, 'en');
  await page.goto('/admin');
  const english = page.getByRole('region', { name: 'Sign-in methods' });
  await expect(english.getByText(/^Signing in with a Microsoft work account \(Entra ID\) is off\./)).toBeVisible();
  await expect(english.getByText(/AUTH_MICROSOFT_ENTRA_ID/)).toBeHidden();
  expect(await seriousViolations(page), 'en').toEqual([]);
  await switchLanguage(page, 'nl');
});

/** What a cell shows on screen: its text without what only a screen reader reads. */
const shownText = (cell: Locator) =>
  cell.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').trim();
  });

test('the department participation table holds numbers only in its number columns, the reasons in a note', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr.email);
  const productie = await departmentNamed(page, 'Productie');
  for (const lang of ['nl', 'en'] as const) {
    await page.goto(`/org/departments/${productie.id}?period=month`);
    if (lang === 'en') await switchLanguage(page, 'en');
    const table = page.getByRole('table', {
      name: lang === 'nl' ? /^Deelname per afdeling of team, / : /^Participation per department or team, /,
    });
    const cells = table.getByRole('cell');
    await expect(cells.first()).toBeVisible();
    const shown = await Promise.all((await cells.all()).map(shownText));
    for (const text of shown) expect(text).toMatch(/^(\d{1,3}([.,]\d)?\s?%|–[abc]?)$/);
    for (const cell of (await cells.all()).slice(0, 5)) await expect(cell).toHaveCSS('text-align', 'right');
    const marked = shown.filter((text) => /^–[abc]$/.test(text));
    const note = page.getByRole('list', {
      name: lang === 'nl' ? 'Waarom een cijfer ontbreekt' : 'Why a figure is missing',
    });
    if (marked.length > 0) {
      await expect(note.getByRole('listitem').first()).toHaveText(
        lang === 'nl' ? /^–[abc] Niet getoond: / : /^–[abc] Not shown: /,
      );
      // A screen reader hears the reason in the cell itself.
      await expect(
        table.getByRole('cell', { name: lang === 'nl' ? /Niet getoond/ : /Not shown/ }).first(),
      ).toBeAttached();
    } else await expect(note).toHaveCount(0);
    expect(await seriousViolations(page), lang).toEqual([]);
  }
  await switchLanguage(page, 'nl');
});
