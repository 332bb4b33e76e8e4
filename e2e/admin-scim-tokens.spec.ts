import { randomUUID } from 'node:crypto';
import { seriousViolations } from './support/axe';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { CORE_USER, freshAddress, scimClient } from './support/scim';
import { expect, test } from './support/test';

const WORDS = {
  nl: {
    section: 'Provisioning (SCIM)',
    tenantUrl: 'Tenant-URL (de SCIM-basis-URL)',
    name: 'Naam',
    create: 'Token aanmaken',
    secret: (name: string) => `Geheim token voor ${name}`,
    once: /wordt niet meer getoond/,
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    tokens: 'Tokens',
    active: 'actief',
    never: 'nooit',
    revoke: (name: string) => `Het token ${name} intrekken`,
    confirm: 'Ja, intrekken',
    revoked: /ingetrokken op/,
    created: 'Aangemaakt via provisioning',
  },
  en: {
    section: 'Provisioning (SCIM)',
    tenantUrl: 'Tenant URL (the SCIM base URL)',
    name: 'Name',
    create: 'Create token',
    secret: (name: string) => `Secret token for ${name}`,
    once: /will not be shown again/,
    copy: 'Copy',
    copied: 'Copied.',
    tokens: 'Tokens',
    active: 'active',
    never: 'never',
    revoke: (name: string) => `Revoke the token ${name}`,
    confirm: 'Yes, revoke',
    revoked: /revoked on/,
    created: 'Created through provisioning',
  },
} as const;

for (const locale of ['nl', 'en'] as const) {
  test(`an admin creates a SCIM token, sees it once, copies it, and revokes it, at 1280 px in ${locale}`, async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const words = WORDS[locale];
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
    const page = await context.newPage();
    await signIn(page, ACCOUNTS.admin.email);
    await page.goto('/admin');
    const section = page.getByRole('region', { name: words.section });
    await expect(section.getByRole('definition')).toHaveText(`${baseURL}/scim/v2`);
    await expect(section.getByRole('term')).toHaveText(words.tenantUrl);

    const name = `E2E ${locale} ${randomUUID().slice(0, 8)}`;
    await section.getByLabel(words.name, { exact: true }).fill(name);
    await section.getByRole('button', { name: words.create }).click();
    const secret = section.getByRole('textbox', { name: words.secret(name) });
    await expect(secret).toHaveValue(/^vbscim_[\w-]{43}$/);
    await expect(secret).toHaveAccessibleDescription(words.once);
    const token = await secret.inputValue();
    await section.getByRole('button', { name: words.copy }).click();
    await expect(section.getByRole('status').filter({ hasText: words.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(await seriousViolations(page), `/admin with a new token in ${locale}`).toEqual([]);

    const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row).toContainText(words.active);
    await expect(row).toContainText(words.never);

    // The identity provider uses the token: it provisions someone, which the audit log names it for.
    const identityProvider = await playwright.request.newContext({ baseURL });
    const scim = scimClient(identityProvider, token);
    const userName = freshAddress(`ui-${locale}`);
    expect((await scim.post('/Users', { schemas: [CORE_USER], userName })).status).toBe(201);

    await page.reload();
    await expect(section.getByRole('textbox', { name: words.secret(name) })).toHaveCount(0);
    await expect(row).not.toContainText(words.never);

    await page.goto(`/admin/audit?${new URLSearchParams({ person: `SCIM: ${name}` }).toString()}`);
    const entry = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: words.created }) });
    await expect(entry).toContainText(`SCIM: ${name}`);
    const csv = await page.request.get(`/api/v1/export/audit.csv?${new URLSearchParams({ person: name }).toString()}`);
    expect(await csv.text()).toContain(`SCIM: ${name}`);

    await page.goto('/admin');
    await row.getByRole('button', { name: words.revoke(name) }).click();
    await expect(row.getByRole('button', { name: words.confirm })).toBeVisible();
    expect(await seriousViolations(page), `/admin confirming a revocation in ${locale}`).toEqual([]);
    await row.getByRole('button', { name: words.confirm }).click();
    await expect(row).toContainText(words.revoked);
    const refused = await scim.get('/Users?count=1');
    expect([refused.status, refused.wwwAuthenticate]).toEqual([401, expect.stringMatching(/^Bearer/) as unknown]);
    await identityProvider.dispose();
    await context.close();
  });
}
