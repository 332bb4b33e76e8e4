import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

for (const [role, account] of Object.entries(ACCOUNTS)) {
  test.describe(`${role} (${account.email})`, () => {
    test('signs in through the page and lands on their home', async ({ page }) => {
      await signIn(page, account.email);
      await expect(page).toHaveURL(new RegExp(`${account.home}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/Aangemeld als/)).toBeVisible();
    });

    test('gets 403 on the pages of roles they do not hold', async ({ page }) => {
      await signIn(page, account.email);
      for (const path of account.refusedPages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
      }
    });

    test('gets a JSON 403 from the APIs of roles they do not hold, and data from their own', async ({ page }) => {
      await signIn(page, account.email);
      for (const path of account.refusedApis) {
        const response = await page.request.get(path);
        expect(response.status(), path).toBe(403);
        expect(await response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
      }
      for (const path of account.allowedApis) {
        expect((await page.request.get(path)).status(), path).toBe(200);
      }
    });
  });
}
