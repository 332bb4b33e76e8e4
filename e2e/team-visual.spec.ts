import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';

const BLANK_DATA = path.join(import.meta.dirname, 'support', 'blank-report-data.css');

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`/team looks as it did (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, ACCOUNTS.leader.email);
    await expect(page.getByRole('table', { name: /Je teams × de vier lijnen/ })).toBeVisible();
    await expect(page).toHaveScreenshot(`team-${name}.png`, { fullPage: true, stylePath: BLANK_DATA, maxDiffPixelRatio: 0.01 });
  });
}
